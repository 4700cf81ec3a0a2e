import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { formatPlain } from '../../src/charts/format';
import { createRng, initModel, runForward } from '../../src/engine';
import { sineWave } from '../../src/engine/sequences';
import { expect, expectNoSeriousA11yViolations, screenshotWholePage, test } from './fixtures';

/** The stepper's default LSTM run, computed here straight from the engine. */
const trace = runForward(
  initModel({ cell: 'lstm', inputSize: 1, hiddenSize: 4, numLayers: 1, bias: true }, createRng(1), {
    init: 'uniform',
  }),
  { seqLen: 12, batch: 1, x: sineWave(12).x },
);

const stepper = (page: Page) => page.getByRole('tabpanel', { name: 'Cell stepper' });
const lab = (page: Page) => page.getByRole('tabpanel', { name: 'Gradient lab' });
const figure = (scope: Locator, title: string) =>
  scope.getByRole('figure', { name: title, exact: true });

test.use({ viewport: { width: 1280, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'GateScope' })).toBeVisible();
});

test('every chart of the stepper is an img named by its title', async ({ page }) => {
  const view = stepper(page);
  for (const name of ['forget gate f', 'input gate i', 'candidate g', 'output gate o']) {
    await expect(
      view.getByRole('img', { name: new RegExp(`^Gate activations: ${name}: 4 units`) }),
    ).toBeVisible();
  }
  await expect(view.getByRole('img', { name: /^Cell state c: / })).toBeVisible();
  await expect(view.getByRole('img', { name: /^Hidden state h: / })).toBeVisible();
  await expect(view.getByRole('img', { name: /^Hidden state h, chosen units: / })).toBeVisible();
});

test('"Show data" reveals the engine\'s numbers, captioned by the title', async ({ page }) => {
  const f = figure(stepper(page), 'Gate activations: forget gate f');
  await f.getByRole('button', { name: 'Show data' }).click();
  const table = f.getByRole('table', { name: 'Gate activations: forget gate f' });
  await expect(table).toBeVisible();
  await expect(table.locator('thead th')).toHaveText(['t', 'unit 1', 'unit 2', 'unit 3', 'unit 4']);
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent)));
  const f0 = trace.layers[0].f;
  expect(rows).toHaveLength(12);
  for (const t of [0, 5, 11]) {
    expect(rows[t]).toEqual([String(t), ...[0, 1, 2, 3].map((j) => formatPlain(f0[t * 4 + j]))]);
  }
});

test('clicking a heatmap column moves the time step; arrows move it too', async ({ page }) => {
  const timeSlider = page.getByRole('slider', { name: 'Time step' });
  await expect(timeSlider).toHaveValue('1');
  const cursor = figure(stepper(page), 'Gate activations: output gate o').getByRole('slider', {
    name: 'Chart cursor',
  });
  await cursor.scrollIntoViewIfNeeded();
  const box = (await cursor.boundingBox())!;
  // 12 columns: the middle of column 7 (t = 7) is at 7.5 / 12 of the width.
  await cursor.click({ position: { x: (box.width * 7.5) / 12, y: box.height / 2 } });
  await expect(timeSlider).toHaveValue('8');
  await expect(cursor).toHaveAttribute('aria-valuenow', '7');
  await cursor.press('ArrowLeft');
  await expect(timeSlider).toHaveValue('7');
  const other = figure(stepper(page), 'Cell state c').getByRole('slider', {
    name: 'Chart cursor',
  });
  await expect(other).toHaveAttribute('aria-valuenow', '6');
});

test('Export CSV, SVG and PNG download files made in the page', async ({ page }) => {
  const f = figure(stepper(page), 'Gate activations: forget gate f');
  const save = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      f.getByRole('button', { name }).click(),
    ]);
    expect(download.url()).toMatch(/^blob:/);
    // Kept beside the screenshots, to be looked at.
    await download.saveAs(`test-results/charts-export-${download.suggestedFilename()}`);
    return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
  };
  const csv = await save('Export CSV');
  expect(csv.name).toBe('gate-activations-forget-gate-f.csv');
  const lines = csv.body.toString('utf8').trim().split('\r\n');
  expect(lines[0]).toBe('t,unit 1,unit 2,unit 3,unit 4');
  expect(lines).toHaveLength(13);
  // Full precision: the CSV reads back as the engine's numbers (to Chromium's last-bit exp).
  const row3 = lines[4].split(',').map(Number);
  expect(row3[0]).toBe(3);
  for (let j = 0; j < 4; j++) expect(row3[j + 1]).toBeCloseTo(trace.layers[0].f[12 + j], 12);

  const svg = await save('Export SVG');
  expect(svg.name).toBe('gate-activations-forget-gate-f.svg');
  expect(svg.body.toString('utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg.body.toString('utf8')).toContain('<image');

  const png = await save('Export PNG');
  expect(png.name).toBe('gate-activations-forget-gate-f.png');
  expect(png.body.subarray(1, 4).toString('ascii')).toBe('PNG');
});

test('the stepper and the lab pass axe with no serious or critical violations', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await figure(stepper(page), 'Gate activations: forget gate f')
    .getByRole('button', { name: 'Show data' })
    .click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('tab', { name: 'Gradient lab' }).click();
  await expect(lab(page).getByRole('img', { name: /^Hidden state h: 64 units/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("screenshots: the stepper's heatmaps and the lab tab", async ({ page }) => {
  const view = stepper(page);
  await view.getByRole('slider', { name: 'Time step' }).fill('5');
  // Hover unit 2 at t = 8 of the forget gate: the tooltip shows in the screenshot.
  const cursor = figure(view, 'Gate activations: forget gate f').getByRole('slider', {
    name: 'Chart cursor',
  });
  await cursor.scrollIntoViewIfNeeded();
  const box = (await cursor.boundingBox())!;
  await cursor.hover({ position: { x: (box.width * 8.5) / 12, y: (box.height * 1.5) / 4 } });
  await view
    .locator('.gate-heatmaps')
    .screenshot({ path: 'test-results/charts-stepper-gates.png' });
  await view.locator('.state-plots').screenshot({ path: 'test-results/charts-stepper-states.png' });
  await page.getByRole('combobox', { name: 'Cell' }).selectOption('GRU');
  await view.locator('.gate-heatmaps').screenshot({ path: 'test-results/charts-stepper-gru.png' });
  await page.getByRole('tab', { name: 'Gradient lab' }).click();
  await expect(lab(page).getByRole('img', { name: /^Hidden state h: 64 units/ })).toBeVisible();
  await screenshotWholePage(page, 'test-results/charts-lab.png');
  await lab(page)
    .locator('.state-plots')
    .screenshot({ path: 'test-results/charts-lab-states.png' });
});
