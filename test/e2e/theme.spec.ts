import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenshotWholePage, test } from './fixtures';

/** Relative luminance (WCAG) of a computed CSS colour such as `rgb(17, 19, 22)`. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** `#rrggbb` as `rgb(r, g, b)`; other CSS colours pass through. */
const hexToRgb = (c: string) =>
  /^#[0-9a-f]{6}$/i.test(c)
    ? `rgb(${[1, 3, 5].map((k) => parseInt(c.slice(k, k + 2), 16)).join(', ')})`
    : c;

/** The page's and a panel's background colours and the page's text colour, as computed. */
async function pageColours(page: Page) {
  return page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const panel = document.querySelector('.panel');
    return {
      paper: root.backgroundColor,
      ink: root.color,
      panel: panel ? getComputedStyle(panel).backgroundColor : '',
      scheme: root.colorScheme,
    };
  });
}

test('the page follows the system’s light or dark colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const light = await pageColours(page);
  expect(light.scheme).toBe('light dark');
  expect(luminance(light.paper)).toBeGreaterThan(0.8);
  expect(luminance(light.ink)).toBeLessThan(0.05);

  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await pageColours(page);
  expect(luminance(dark.paper)).toBeLessThan(0.02);
  expect(luminance(dark.panel)).toBeLessThan(0.03);
  expect(luminance(dark.ink)).toBeGreaterThan(0.7);
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the cell stepper passes axe and is drawn dark', async ({ page }, info) => {
    test.setTimeout(120_000); // axe over the whole page takes a while on a busy machine
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./?t=2&sub=4');
    await expect(page.getByRole('img', { name: /^LSTM cell, time step 3/ })).toBeVisible();
    // The step table's and the charts' "Show data" tables are text on the dark theme too.
    await page.getByRole('button', { name: 'Show data' }).first().click();
    expect(luminance((await pageColours(page)).panel)).toBeLessThan(0.03);
    await expectNoSeriousA11yViolations(page);
    await screenshotWholePage(page, path.join(info.project.outputDir, 'dark-stepper.png'));
    // The dialogs, one at a time.
    for (const name of ['Import model', 'Embed', 'Keyboard shortcuts']) {
      await page.getByRole('button', { name, exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'dialog[open]');
      await page.screenshot({
        path: path.join(info.project.outputDir, `dark-dialog-${name.replace(' ', '-')}.png`),
      });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  });

  test('an exported SVG carries the dark background its light text is drawn for', async ({
    page,
  }) => {
    await page.goto('./');
    const chart = page.getByRole('figure', {
      name: 'Gate activations: forget gate f',
      exact: true,
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    const svg = (await readFile((await download.path())!)).toString('utf8');
    // The first element drawn is the background, the title's ink is inline: both of the theme.
    const background = /^<svg[^>]*><rect [^>]*fill="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(luminance(hexToRgb(background))).toBeLessThan(0.03);
    const title = /<text [^>]*style="[^"]*fill:([^;"]+)"[^>]*>Gate activations/.exec(svg)?.[1];
    expect(luminance(hexToRgb(title ?? ''))).toBeGreaterThan(0.7);
  });

  test('the gradient lab passes axe', async ({ page }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./?view=lab');
    const lab = page.getByRole('tabpanel', { name: 'Gradient lab' });
    await lab.getByRole('button', { name: 'RNN: exploding' }).click();
    await expect(page.locator('.lab-compare[aria-busy="false"]')).toHaveCount(1);
    await expect(lab.getByRole('img', { name: /^Why it happens/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotWholePage(page, path.join(info.project.outputDir, 'dark-lab.png'));
  });

  test('the training lab passes axe', async ({ page }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./?view=training');
    const training = page.getByRole('tabpanel', { name: 'Training lab' });
    for (let k = 0; k < 3; k++) {
      await training.getByRole('button', { name: 'Train one step' }).click();
      await expect(training.locator('.training-figures')).toContainText(`Update ${k + 1}`);
    }
    await expect(training.getByRole('img', { name: /^Loss: training loss from/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotWholePage(page, path.join(info.project.outputDir, 'dark-training.png'));
  });
});
