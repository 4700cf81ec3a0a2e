import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenshotWholePage, test } from './fixtures';

/** The page's query string, parsed. */
const query = (page: Page) => new URL(page.url()).searchParams;

/** Sideways overflow of a document in px (≤ 0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

test('the URL sets the cell, size and cursor', async ({ page }) => {
  await page.goto('./?cell=gru&hidden=8&t=3&sub=2');
  // t and sub count from 0: t=3 is the 4th time step, sub=2 the GRU's 3rd step (the candidate).
  await expect(
    page.getByRole('img', { name: 'GRU cell, time step 4 of 12, step 3 of 4: candidate' }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Cell' })).toHaveValue('gru');
  await expect(page.getByRole('slider', { name: 'Hidden size' })).toHaveValue('8');
  await expect(page.getByRole('status').filter({ hasText: 'Ignored' })).toHaveCount(0);
});

test('the URL follows a slider, and Back undoes a cell change', async ({ page }) => {
  await page.goto('./?cell=gru&hidden=8');
  await page.getByRole('slider', { name: 'Hidden size' }).fill('12');
  await expect.poll(() => query(page).get('hidden')).toBe('12');
  // A slider replaces the history entry; the cell choice pushes a new one.
  await page.getByRole('combobox', { name: 'Cell' }).selectOption('LSTM');
  await expect.poll(() => query(page).get('cell')).toBeNull(); // LSTM is the default
  await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  await expect.poll(() => query(page).get('sub')).toBe('1');
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Cell' })).toHaveValue('gru');
  await expect(page.getByRole('slider', { name: 'Hidden size' })).toHaveValue('12');
  await expect(
    page.getByRole('img', { name: /^GRU cell, time step 1 of 12, step 1 of 4/ }),
  ).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'Cell' })).toHaveValue('lstm');
});

test('a tab is a history entry too', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('tab', { name: 'Gradient lab' }).click();
  await expect.poll(() => query(page).get('view')).toBe('lab');
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Cell stepper' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('a hostile URL is shown as text in the notice and never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const attack = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
  const url = `./?hidden=abc&cell=${encodeURIComponent(attack)}&${encodeURIComponent('<b>x</b>')}=1&text=${encodeURIComponent('今天')}`;
  await page.goto(url);
  const notice = page.getByRole('status').filter({ hasText: 'Ignored' });
  await expect(notice).toContainText('Ignored hidden=abc: not a whole number from 1 to 128');
  await expect(notice).toContainText(`Ignored cell=${attack}: not one of lstm, gru, rnn`);
  await expect(notice).toContainText('Ignored <b>x</b>=1: unknown parameter');
  await expect(page.locator('img[onerror], img[src="x"], b:text("x")')).toHaveCount(0);
  await expect(page.locator('body script')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/url-notice.png' });
  await expectNoSeriousA11yViolations(page, '.url-notice');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('embed mode at 320×240 shows only the chosen panels and never overflows sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 240 });
  await page.goto('./?embed=1&panels=diagram,timeline,nosuch&sub=4');
  await expect(page.getByRole('heading', { name: 'GateScope', level: 1 })).toHaveCount(0);
  await expect(page.getByRole('tab')).toHaveCount(0);
  await expect(
    page.getByRole('img', { name: /^LSTM cell, time step 1 of 12, step 5 of 6/ }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Controls' })).toHaveCount(0);
  await expect(page.locator('.embed-panels > *')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'Ignored' })).toContainText(
    'Ignored panels=nosuch: unknown panel',
  );
  await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/url-embed-320x240-notice.png' });
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/url-embed-320x240.png' });
});

test('embed mode with controls steps, and hide= removes a panel', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 240 });
  await page.goto('./?embed=1&panels=controls,diagram,gradient&hide=gradient&cell=rnn');
  await expect(page.locator('.embed-panels > *')).toHaveCount(2);
  await page.getByRole('button', { name: 'Next time step' }).click();
  await expect(page.getByRole('img', { name: /^RNN cell, time step 2 of 12/ })).toBeVisible();
  await expect.poll(() => query(page).get('t')).toBe('1');
  await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
});

test('the example host page embeds two widgets that never share state', async ({ page }) => {
  await page.goto('./embed-example.html');
  const entries = await page.evaluate(() => history.length);
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(2);
  const lstm = page.frameLocator('iframe').nth(0);
  const rnn = page.frameLocator('iframe').nth(1);
  await frames.nth(1).scrollIntoViewIfNeeded();
  await expect(
    lstm.getByRole('img', { name: /^LSTM cell, time step 3 of 12, step 5 of 6: new cell state/ }),
  ).toBeVisible();
  await expect(rnn.getByRole('img', { name: /^Gradient norm per time step/ })).toBeVisible();
  await expect(rnn.getByRole('region', { name: 'Controls' })).toHaveCount(0);
  await screenshotWholePage(page, 'test-results/url-host-page.png');

  await lstm.getByRole('button', { name: 'Step forward', exact: true }).click();
  await expect(lstm.getByRole('img', { name: /step 6 of 6: new hidden state/ })).toBeVisible();
  // The other frame's cursor has not moved: its gradient plot still reads out t = 0.
  await expect(rnn.getByText('t = 0', { exact: true }).first()).toBeVisible();
  await expect(rnn.getByText('t = 1', { exact: true })).toHaveCount(0);
  // Each frame's own address follows its own widget (written after a short pause).
  const search = (k: number) =>
    frames.nth(k).evaluate((f) => (f as HTMLIFrameElement).contentWindow?.location.search ?? '');
  await expect.poll(async () => new URLSearchParams(await search(0)).get('sub')).toBe('5');
  expect(new URLSearchParams(await search(1)).get('t')).toBeNull();
  expect(new URLSearchParams(await search(1)).get('sub')).toBeNull();
  // The frames only replace their entries: the host page's history has no new ones.
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('the Embed dialog builds a snippet whose preview shows the chosen panel', async ({ page }) => {
  await page.goto('./?cell=gru&t=2');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed' });
  await expect(dialog).toBeVisible();
  for (const name of ['Controls (cell, playback, time step)', 'Timeline', 'Formula']) {
    await dialog.getByRole('checkbox', { name }).uncheck();
  }
  await expect(dialog.getByRole('checkbox', { name: 'Cell diagram' })).toBeChecked();
  await dialog.getByRole('spinbutton', { name: 'Width (px)' }).fill('400');
  const snippet = dialog.getByRole('textbox', { name: 'HTML snippet' });
  await expect(snippet).toHaveValue(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1&amp;panels=diagram&amp;cell=gru&amp;t=2" width="400" height="360"/,
  );
  const preview = dialog.frameLocator('iframe[title="Preview of the embed"]');
  await expect(preview.getByRole('img', { name: /^GRU cell, time step 3 of 12/ })).toBeVisible();
  await expect(preview.getByRole('region', { name: 'Controls' })).toHaveCount(0);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Snippet copied');
  await page.screenshot({ path: 'test-results/url-embed-dialog.png' });
  await expectNoSeriousA11yViolations(page, 'dialog');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('Copy link copies the current URL', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?cell=rnn');
  await page.getByRole('button', { name: 'Next time step' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe('?cell=rnn&t=1');
});

test('the gradient lab’s settings live in the URL while it is shown, and a link reopens them', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('tab', { name: 'Gradient lab' }).click();
  await expect.poll(() => page.url()).toMatch(/\?view=lab$/);
  const scale = page.getByRole('slider', { name: 'Recurrent weight scale' });
  await scale.focus();
  await page.keyboard.press('End');
  await expect.poll(() => query(page).get('rscale')).toBe('4');
  const link = page.url();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByRole('tab', { name: 'Gradient lab' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('slider', { name: 'Recurrent weight scale' })).toHaveValue('4');
  await expect(page.locator('.lab-sentence')).toContainText('it has exploded');
  // The stepper kept its own settings: its tab shows the defaults, and the URL follows it.
  await page.getByRole('tab', { name: 'Cell stepper' }).click();
  await expect.poll(() => page.url()).not.toContain('rscale');
});
