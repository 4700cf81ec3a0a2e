import type { Page } from '@playwright/test';
import {
  createRng,
  initModel,
  runForward,
  SUBSTEPS,
  type CellKind,
  type Trace,
} from '../../src/engine';
import { sineWave } from '../../src/engine/sequences';
import {
  expect,
  expectFitsWidth,
  expectNoSeriousA11yViolations,
  screenshotWholePage,
  test,
} from './fixtures';

/** The app's default run computed here, in the test process, straight from the engine. */
function defaultRun(cell: CellKind): Trace {
  const config = { cell, inputSize: 1, hiddenSize: 4, numLayers: 1, bias: true };
  return runForward(initModel(config, createRng(1), { init: 'uniform' }), {
    seqLen: 12,
    batch: 1,
    x: sineWave(12).x,
  });
}

type Table = Record<string, (number | null)[]>;

/** What the table should show at sub-step `sub` of time step t: later sub-steps withheld. */
function expectedTable(trace: Trace, t: number, sub: number): Table {
  const H = trace.config.hiddenSize;
  const at = (a: Float64Array, step: number) => Array.from(a.subarray(step * H, (step + 1) * H));
  const q = trace.layers[0];
  const table: Table = { x: [trace.x[t]], h_prev: t === 0 ? at(trace.h0, 0) : at(q.h, t - 1) };
  if (trace.c0) table.c_prev = t === 0 ? at(trace.c0, 0) : at(q.c, t - 1);
  SUBSTEPS[trace.config.cell].forEach((step, k) => {
    for (const name of step.computes) table[name] = k <= sub ? at(q[name], t) : Array(H).fill(null);
  });
  return table;
}

/** The full-precision values the page shows, read from the cells' title attributes. */
function readTable(page: Page): Promise<Table> {
  return page
    .locator('tr[data-quantity]')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.getAttribute('data-quantity'),
          Array.from(row.querySelectorAll('td:not(.empty)')).map((td) =>
            td.getAttribute('title') === null ? null : Number(td.getAttribute('title')),
          ),
        ]),
      ),
    );
}

/**
 * Where two tables differ: a value withheld in one only, or any other number. The page's run
 * is the test process's to the last bit: the engine computes e^x, tanh and the rest with its
 * own fdlibm ports (src/engine/libm.ts), not with the browser's Math, whose last bits differ
 * from Node's.
 */
function differences(actual: Table, expected: Table): string[] {
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  return [...keys].flatMap((q) => {
    const a = actual[q] ?? [];
    const e = expected[q] ?? [];
    if (a.length !== e.length) return [`${q}: ${a.length} values shown, ${e.length} expected`];
    return e.flatMap((v, j) => {
      const w = a[j];
      return w === v ? [] : [`${q}[${j}]: shown ${w}, engine ${v}`];
    });
  });
}

/** Checks the status line and that every number shown is the engine's (bit for bit). */
async function expectStep(page: Page, trace: Trace, t: number, sub: number) {
  const steps = SUBSTEPS[trace.config.cell];
  const name = trace.config.cell.toUpperCase();
  await expect(page.getByRole('status')).toHaveText(
    `${name}, time step ${t + 1} of 12, step ${sub + 1} of ${steps.length}: ${steps[sub].title}`,
  );
  expect(differences(await readTable(page), expectedTable(trace, t, sub))).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'GateScope' })).toBeVisible();
});

test('starts at the first sub-step of the LSTM run, backward buttons disabled', async ({
  page,
}) => {
  await expectStep(page, defaultRun('lstm'), 0, 0);
  await expect(page.getByRole('button', { name: 'Step back' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Previous time step' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Reset' })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'Cell' })).toHaveValue('lstm');
  await expect(page.getByRole('slider', { name: 'Time step' })).toHaveValue('1');
});

test('the buttons step through the run showing the engine’s numbers', async ({ page }) => {
  const trace = defaultRun('lstm');
  const click = (name: string) => page.getByRole('button', { name, exact: true }).click();
  for (let k = 1; k <= 6; k++) {
    await click('Step forward');
    await expectStep(page, trace, Math.floor(k / 6), k % 6);
  }
  await click('Next time step');
  await expectStep(page, trace, 2, 0);
  await click('Step back');
  await expectStep(page, trace, 1, 5);
  await click('Previous time step');
  await expectStep(page, trace, 0, 5);
  await click('Reset');
  await expectStep(page, trace, 0, 0);
});

test('the keyboard steps, and the ends disable the buttons', async ({ page }) => {
  const trace = defaultRun('lstm');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectStep(page, trace, 0, 2);
  await page.keyboard.press('Shift+ArrowRight');
  await expectStep(page, trace, 1, 2);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, trace, 1, 1);
  await page.keyboard.press('End');
  await expectStep(page, trace, 11, 5);
  await expect(page.getByRole('button', { name: 'Step forward' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Next time step' })).toBeDisabled();
  await page.keyboard.press('Shift+ArrowLeft');
  await expectStep(page, trace, 10, 5);
  await page.keyboard.press('Home');
  await expectStep(page, trace, 0, 0);
});

test('the "Time step" slider moves through time', async ({ page }) => {
  const slider = page.getByRole('slider', { name: 'Time step' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectStep(page, defaultRun('lstm'), 2, 0);
});

test('switches to GRU and shows its four steps; screenshots and axe', async ({ page }, info) => {
  test.setTimeout(120_000); // axe over the whole page takes a while on a busy machine
  const trace = defaultRun('gru');
  await page.getByRole('combobox', { name: 'Cell' }).selectOption('GRU');
  await expectStep(page, trace, 0, 0);
  await page.getByRole('button', { name: 'Next time step' }).click();
  await page.getByRole('button', { name: 'Next time step' }).click();
  await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  await expectStep(page, trace, 2, 2);
  await page.mouse.move(0, 0);
  await screenshotWholePage(page, 'docs/screenshot.png');
  await screenshotWholePage(page, info.outputPath('gru.png'));
  await expectNoSeriousA11yViolations(page);
});

test('has no serious accessibility violations mid-step', async ({ page }) => {
  test.setTimeout(120_000);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Step forward', exact: true }).focus();
  await expectNoSeriousA11yViolations(page);
});

test('fits a 360 px wide screen without sideways scrolling', async ({ page }, info) => {
  await expectFitsWidth(page, 360, 740);
  await screenshotWholePage(page, info.outputPath('narrow.png'));
  await expectNoSeriousA11yViolations(page);
});
