import type { Page } from '@playwright/test';
import { TEXT_PRESETS } from '../../src/store/presets';
import {
  expect,
  expectFitsWidth,
  expectNoSeriousA11yViolations,
  screenshotWholePage,
  test,
} from './fixtures';

const status = (page: Page) => page.getByRole('status');
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const tokens = (page: Page) =>
  page.getByRole('list', { name: 'Input sequence' }).getByRole('button');

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'GateScope' })).toBeVisible();
});

test('Play animates sub-step by sub-step and stops at the end; Space pauses', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('16');
  await button(page, 'Play').click();
  await expect(button(page, 'Pause')).toBeVisible();
  // Time step 2 lasts six sub-steps, 375 ms at this speed: polled every 50 ms, not with
  // toContainText's growing intervals (up to 1 s), which can step right over it.
  await expect
    .poll(() => status(page).textContent(), { intervals: [50], timeout: 5000 })
    .toContain('time step 2 of 12');
  await page.keyboard.press('Space'); // focus is on the button: Space presses it
  await expect(button(page, 'Play')).toBeVisible();
  const paused = await status(page).textContent();
  await page.waitForTimeout(300);
  await expect(status(page)).toHaveText(paused ?? '');
  // Space from anywhere outside a control toggles too, and playback runs to the end.
  await page.locator('.run-info').click();
  await page.keyboard.press('Space');
  await expect(button(page, 'Pause')).toBeVisible();
  await expect(status(page)).toHaveText('LSTM, time step 12 of 12, step 6 of 6: new hidden state', {
    timeout: 10_000,
  });
  await expect(button(page, 'Play')).toBeVisible();
  await expect(button(page, 'Step forward')).toBeDisabled();
});

test('keys and buttons step; ? opens the shortcut list and Escape closes it', async ({ page }) => {
  test.slow(); // axe over the whole page takes seconds on a busy two-core machine
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(status(page)).toHaveText('LSTM, time step 2 of 12, step 2 of 6: input gate');
  await button(page, 'Step back').click();
  await button(page, 'Next time step').click();
  await expect(status(page)).toHaveText('LSTM, time step 3 of 12, step 1 of 6: forget gate');
  await page.keyboard.press('End');
  await expect(status(page)).toContainText('time step 12 of 12, step 6 of 6');
  await page.keyboard.press('Home');
  await expect(status(page)).toContainText('time step 1 of 12, step 1 of 6');

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  for (const text of ['Play or pause', 'Step forward one sub-step', 'Next time step']) {
    await expect(dialog.getByText(text)).toBeVisible();
  }
  await page.keyboard.press('ArrowRight'); // inert behind the dialog
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(status(page)).toContainText('time step 1 of 12, step 1 of 6');

  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await opener.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(opener).toBeFocused();
});

test('the slider scrubs and a timeline token jumps', async ({ page }) => {
  await page.getByRole('slider', { name: 'Time step' }).fill('5');
  await expect(status(page)).toContainText('time step 5 of 12');
  await expect(tokens(page).nth(4)).toHaveAttribute('aria-current', 'step');
  await page.getByRole('button', { name: 'Time step 9: -0.866' }).click();
  await expect(status(page)).toContainText('time step 9 of 12, step 1 of 6');
  await page.keyboard.press('ArrowLeft'); // moves focus along the tokens …
  await page.keyboard.press('Enter'); // … and Enter jumps
  await expect(status(page)).toContainText('time step 8 of 12');
});

test('Chinese text runs one-hot, and stepping walks through its characters', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('zh');
  const chars = Array.from(TEXT_PRESETS.zh);
  await expect(tokens(page)).toHaveCount(chars.length);
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveValue(TEXT_PRESETS.zh);
  const but = chars.indexOf('但');
  await page.getByRole('button', { name: `Time step ${but + 1}: 但` }).click();
  await page.locator('.run-info').click();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(status(page)).toContainText(`time step ${but + 2} of ${chars.length}`);
  await expect(tokens(page).nth(but + 1)).toHaveText(/是/);
  await expect(page.locator('tr[data-quantity="x"] td:not(.empty)')).toHaveCount(
    new Set(chars).size,
  );
});

test('an invalid list is marked while the last valid run keeps playing', async ({ page }) => {
  test.slow(); // axe over the whole page takes seconds on a busy two-core machine
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  await button(page, 'Play').click();
  const values = page.getByRole('textbox', { name: 'Values' });
  await values.fill('1, 2, oops, 4');
  await expect(values).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('“oops” (entry 3) is not a number.')).toBeVisible();
  await expect(values).toHaveAccessibleDescription(/“oops” \(entry 3\) is not a number/);
  await expect(page.locator('.marked-backdrop mark')).toHaveText('oops');
  await expect(tokens(page)).toHaveCount(12);
  const before = await status(page).textContent();
  await expect(status(page)).not.toHaveText(before ?? '');
  await expect(button(page, 'Pause')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await values.fill('1, 2, 3, 4');
  await expect(values).toHaveAttribute('aria-invalid', 'false');
  await expect(tokens(page)).toHaveCount(4);
});

test('"Hidden size", layers and the sequence length rerun the model', async ({ page }) => {
  await page.getByRole('spinbutton', { name: 'Hidden size' }).fill('7');
  await expect(page.getByRole('columnheader', { name: 'unit 7' })).toBeVisible();
  await expect(page.locator('.run-info')).toContainText('7 hidden units');
  await page.getByRole('spinbutton', { name: 'Hidden size' }).fill('99');
  await expect(page.getByText('Enter a whole number from 1 to 64.')).toBeVisible();
  await expect(page.locator('.run-info')).toContainText('7 hidden units');
  await page.getByRole('slider', { name: 'Sequence length' }).fill('40');
  await expect(tokens(page)).toHaveCount(40);
  await expect(status(page)).toContainText('of 40');
});

test('a long sequence keeps the current token in view, instantly under reduced motion', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByRole('slider', { name: 'Sequence length' }).fill('200');
  await page.locator('.run-info').click();
  await page.keyboard.press('End');
  const last = tokens(page).nth(199);
  await expect(last).toHaveAttribute('aria-current', 'step');
  await expect(last).toBeInViewport();
  const transition = await last.evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(transition).toBe('0s');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('16');
  await page.keyboard.press('Home');
  await button(page, 'Play').click();
  // Playback moves on by itself: a poll may miss any one step, so ask that it got past the first.
  const timeStep = async () =>
    Number(/time step (\d+) of 200/.exec(await status(page).innerText())?.[1]);
  await expect.poll(timeStep).toBeGreaterThanOrEqual(2);
  await button(page, 'Pause').click();
});

test.describe('touch', () => {
  test.use({ hasTouch: true, viewport: { width: 360, height: 740 } });

  test('a swipe to the left steps forward, to the right back, and a tap forward', async ({
    page,
  }) => {
    const box = await status(page).boundingBox();
    if (!box) throw new Error('no status line');
    const y = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (from: number, to: number) => {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: from, y }],
      });
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: (from + to) / 2, y }],
      });
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: to, y }],
      });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(300, 100);
    await swipe(300, 100);
    await expect(status(page)).toContainText('step 3 of 6');
    await swipe(100, 300);
    await expect(status(page)).toContainText('step 2 of 6');
    await page.touchscreen.tap(box.x + 20, y);
    await expect(status(page)).toContainText('step 3 of 6');
    await page.getByRole('button', { name: 'Time step 4: 1' }).tap();
    await expect(status(page)).toContainText('time step 4 of 12, step 3 of 6');
  });
});

test('screenshots at 1280 and 360 px wide; axe mid-run', async ({ page }, info) => {
  test.slow(); // axe over the whole page takes seconds on a busy two-core machine
  for (const k of ['Shift+ArrowRight', 'Shift+ArrowRight', 'ArrowRight', 'ArrowRight']) {
    await page.keyboard.press(k);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.mouse.move(0, 0);
  await screenshotWholePage(page, info.outputPath('stepping-1280.png'));
  await expectNoSeriousA11yViolations(page);
  await expectFitsWidth(page, 360, 740);
  await screenshotWholePage(page, info.outputPath('stepping-360.png'));
  await expectNoSeriousA11yViolations(page);
});
