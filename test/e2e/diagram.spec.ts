import type { Locator, Page } from '@playwright/test';
import {
  createRng,
  initModel,
  runForward,
  SUBSTEPS,
  type CellKind,
  type Model,
  type Trace,
} from '../../src/engine';
import { sineWave } from '../../src/engine/sequences';
import { formulaAt } from '../../src/store/formulaTerms';
import { expect, expectFitsWidth, expectNoSeriousA11yViolations, test } from './fixtures';

/** The app's default run computed here, in the test process, straight from the engine. */
function defaultRun(cell: CellKind): { model: Model; trace: Trace } {
  const config = { cell, inputSize: 1, hiddenSize: 4, numLayers: 1, bias: true };
  const model = initModel(config, createRng(1), { init: 'uniform' });
  return { model, trace: runForward(model, { seqLen: 12, batch: 1, x: sineWave(12).x }) };
}

/**
 * The page's numbers are the test process's to the last bit: the engine computes e^x, tanh and
 * sin with its own fdlibm ports (src/engine/libm.ts), not the browser's Math.
 */
const same = (a: number, b: number) => a === b;

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const regions = (page: Page, status: string) =>
  page.locator(`.cell-diagram .step-region[data-status="${status}"]`);

/** The diagram is named for the cursor and shows sub-step `sub` highlighted, earlier ones done. */
async function expectDiagramAt(page: Page, cell: CellKind, t: number, sub: number) {
  const steps = SUBSTEPS[cell];
  const name = `${cell.toUpperCase()} cell, time step ${t + 1} of 12, step ${sub + 1} of ${steps.length}: ${steps[sub].title}`;
  await expect(page.getByRole('img', { name, exact: true })).toBeVisible();
  await expect(regions(page, 'current')).toHaveAttribute('data-substep', String(sub + 1));
  await expect(regions(page, 'done')).toHaveCount(sub);
  await expect(regions(page, 'pending')).toHaveCount(steps.length - 1 - sub);
}

/** Every number the formula panel shows for `q`, exactly (from its title). */
const formulaNumbers = (page: Page, q: string) =>
  page
    .locator(`.formula .eq [data-q="${q}"]`)
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('title'))));

/** The formula's result (and pre-activation) equal the engine's for that step and unit. */
async function expectFormulaAt(
  page: Page,
  run: ReturnType<typeof defaultRun>,
  t: number,
  sub: number,
  unit = 0,
) {
  const f = formulaAt(run.model, run.trace, { t, sub }, { layer: 0, sample: 0, unit });
  await expect
    .poll(async () => (await formulaNumbers(page, 'value')).map((v) => same(v, f.value)))
    .toEqual([true]);
  if ('pre' in f) {
    const pre = await formulaNumbers(page, 'pre');
    expect(pre.length).toBeGreaterThan(0);
    for (const v of pre) expect(same(v, f.pre), `pre ${v} vs ${f.pre}`).toBe(true);
  }
}

/** Values of a strip, exactly, from its cells' accessible names. */
async function stripValues(strip: Locator): Promise<number[]> {
  const labels = await strip
    .getByRole('option')
    .evaluateAll((os) => os.map((o) => o.getAttribute('aria-label') ?? ''));
  return labels.map((l) => Number(l.slice(l.lastIndexOf('= ') + 2)));
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'GateScope' })).toBeVisible();
});

test('the buttons step through the six LSTM sub-steps; diagram and formula follow', async ({
  page,
}) => {
  const run = defaultRun('lstm');
  await button(page, 'Next time step').click();
  await button(page, 'Next time step').click();
  for (let sub = 0; sub < 6; sub++) {
    if (sub > 0) await button(page, 'Step forward').click();
    await expectDiagramAt(page, 'lstm', 2, sub);
    await expectFormulaAt(page, run, 2, sub);
  }
  await page.getByRole('combobox', { name: 'Unit' }).selectOption('3');
  await expectFormulaAt(page, run, 2, 5, 2);
  const h = page.getByRole('listbox', { name: 'h t: new hidden state' });
  const H = 4;
  const expected = Array.from(run.trace.layers[0].h.subarray(2 * H, 3 * H));
  const shown = await stripValues(h);
  expect(shown.map((v, j) => same(v, expected[j]))).toEqual([true, true, true, true]);
  await expect(h.getByRole('option', { selected: true })).toHaveAttribute('aria-label', /unit 3 =/);
});

test('the keyboard steps the diagram; a strip’s arrows choose the unit instead', async ({
  page,
}) => {
  const run = defaultRun('lstm');
  for (let sub = 1; sub < 6; sub++) {
    await page.keyboard.press('ArrowRight');
    await expectDiagramAt(page, 'lstm', 0, sub);
    await expectFormulaAt(page, run, 0, sub);
  }
  await page.keyboard.press('ArrowRight');
  await expectDiagramAt(page, 'lstm', 1, 0);
  const f = page.getByRole('listbox', { name: 'f t: forget gate' });
  await f.getByRole('option', { selected: true }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectDiagramAt(page, 'lstm', 1, 0); // the arrows moved within the strip, not in time
  await expect(page.getByRole('combobox', { name: 'Unit' })).toHaveValue('2');
  await expect(f.getByRole('option', { selected: true })).toBeFocused();
  const tip = page.locator('.strip-tooltip');
  await expect(tip).toContainText(/f\s*t\s*\[3\]\s*=/);
  const exact = Number(await tip.locator('.tip-value').textContent());
  expect(same(exact, run.trace.layers[0].f[1 * 4 + 2])).toBe(true);
  await expectFormulaAt(page, run, 1, 0, 2);
});

test('GRU: the "Cell" choice switches to its four steps, with the engine’s numbers', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const run = defaultRun('gru');
  await page.getByRole('combobox', { name: 'Cell' }).selectOption('GRU');
  await button(page, 'Next time step').click();
  for (let sub = 0; sub < 4; sub++) {
    if (sub > 0) await button(page, 'Step forward').click();
    await expectDiagramAt(page, 'gru', 1, sub);
    await expectFormulaAt(page, run, 1, sub);
  }
  await button(page, 'Step back').click();
  const f = formulaAt(run.model, run.trace, { t: 1, sub: 2 }, { layer: 0, sample: 0, unit: 0 });
  if (f.kind !== 'gruCandidate') throw new Error(f.kind);
  expect((await formulaNumbers(page, 'gi')).map((v) => same(v, f.gi))).toEqual([true]);
  await button(page, 'Show terms').click();
  const sums = await page
    .locator('.terms [data-q$="-total"]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('title'))));
  expect([same(sums[0], f.gi), same(sums[1], f.gh)]).toEqual([true, true]);
  await expectNoSeriousA11yViolations(page);
});

test('a step forward plays its entrance; the next move ends it at once', async ({ page }) => {
  await button(page, 'Step forward').click();
  const pulse = page.locator('.flow-pulse').first();
  await expect(pulse).toHaveCSS('animation-name', 'flow-pulse');
  await expect(page.locator('.vector-strip.entering .strip-cells').first()).toHaveCSS(
    'animation-name',
    'strip-fill',
  );
  await expect(page.locator('.step-region.entering')).toHaveAttribute('data-substep', '2');
  await button(page, 'Step forward').click();
  await expect(page.locator('.step-region.entering')).toHaveCount(1);
  await expect(page.locator('.step-region.entering')).toHaveAttribute('data-substep', '3');
  await expect(page.locator('.wire.done .flow-pulse')).toHaveCount(0);
  await button(page, 'Next time step').click(); // not a sub-step forward: shown at once
  await expect(page.locator('.step-region.entering')).toHaveCount(0);
  await expectDiagramAt(page, 'lstm', 1, 2);
});

test('with reduced motion every change is instant', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const run = defaultRun('lstm');
  for (let sub = 1; sub < 4; sub++) {
    await button(page, 'Step forward').click();
    await expectDiagramAt(page, 'lstm', 0, sub);
    await expectFormulaAt(page, run, 0, sub);
    await expect(page.locator('.flow-pulse').first()).toHaveCSS('display', 'none');
    await expect(page.locator('.vector-strip.entering .strip-cells').first()).toHaveCSS(
      'animation-name',
      'none',
    );
    await expect(page.locator('.step-region.entering .region')).toHaveCSS('animation-name', 'none');
  }
});

test('screenshots of LSTM and GRU mid-step at 1280 and 360 px; axe', async ({ page }) => {
  test.setTimeout(120_000); // axe over the whole page takes a while on a busy machine
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await button(page, 'Next time step').click();
  await button(page, 'Next time step').click();
  for (let k = 0; k < 4; k++) await button(page, 'Step forward').click();
  await expectDiagramAt(page, 'lstm', 2, 4);
  await page.mouse.move(0, 0);
  const stage = page.locator('.stage');
  await stage.screenshot({ path: 'test-results/diagram-lstm.png' });
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('combobox', { name: 'Cell' }).selectOption('GRU');
  await expectDiagramAt(page, 'gru', 2, 3); // the cursor kept inside GRU's four steps
  await button(page, 'Step back').click();
  await expectDiagramAt(page, 'gru', 2, 2);
  await page.mouse.move(0, 0);
  await stage.screenshot({ path: 'test-results/diagram-gru.png' });

  await expectFitsWidth(page, 360, 800);
  await expect(page.getByRole('button', { name: 'Zoom to the step' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await stage.screenshot({ path: 'test-results/diagram-gru-360.png' });
  await expectNoSeriousA11yViolations(page);
});
