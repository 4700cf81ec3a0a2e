import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseWeightsJson, stringifyTrace, traceReport } from '../../src/engine';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const FIXTURE = fileURLToPath(
  new URL('../fixtures/pytorch/gru_L2_I3_H5_T7_B2_s11.json', import.meta.url),
);

/** Nested lists → a flat row-major array, independently of the app. */
const flat = (v: unknown): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v as number]);

/** Every number of a JSON value, in document order. */
const leaves = (v: unknown): number[] =>
  typeof v === 'number' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(leaves) : [];

/** A JSON value with every number replaced by 0: its keys, nesting and lengths. */
const shape = (v: unknown): unknown =>
  typeof v === 'number'
    ? 0
    : JSON.parse(JSON.stringify(v, (_, x) => (typeof x === 'number' ? 0 : x)));

/** |a − b| ≤ tol · (1 + |b|) everywhere. */
function expectNumbersClose(actual: number[], expected: number[], tol: number) {
  expect(actual.length).toBe(expected.length);
  const bad = expected.findIndex((b, k) => !(Math.abs(actual[k] - b) <= tol * (1 + Math.abs(b))));
  expect(bad, bad < 0 ? '' : `entry ${bad}: ${actual[bad]} vs ${expected[bad]}`).toBe(-1);
}

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).first().click(),
  ]);
  const d = download as Download;
  return { name: d.suggestedFilename(), text: await readFile((await d.path()) as string, 'utf8') };
}

/** Opens the app and its Import model dialog. */
async function openImportDialog(page: Page) {
  await page.goto('./');
  const stepper = page.getByRole('tabpanel', { name: 'Cell stepper' });
  await stepper.getByRole('button', { name: 'Import model' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import model' });
  await expect(dialog).toBeVisible();
  return { stepper, dialog };
}

test('import a PyTorch fixture through the file chooser, export its weights and its trace', async ({
  page,
}) => {
  const { stepper, dialog } = await openImportDialog(page);
  await expect(dialog.locator('pre')).toContainText('lstm.state_dict().items()');
  await expectNoSeriousA11yViolations(page, 'dialog[open]');
  await page.screenshot({ path: 'test-results/import-dialog.png' });

  await dialog.getByLabel('Choose a weights file').setInputFiles(FIXTURE);
  await expect(dialog).toBeHidden();
  await expect(
    stepper.getByRole('img', { name: /^GRU cell, layer 1 of 2, time step 1 of 7/ }),
  ).toBeVisible();
  await expect(stepper.getByRole('combobox', { name: 'Cell' })).toHaveValue('gru');
  await expect(stepper.getByRole('combobox', { name: 'Cell' })).toBeDisabled();
  await expect(stepper.getByRole('spinbutton', { name: 'Hidden size' })).toHaveValue('5');
  await stepper.locator('.settings').screenshot({ path: 'test-results/import-model-panel.png' });
  await expectNoSeriousA11yViolations(page, '.workbench-setup');
  await expect(
    stepper.getByRole('status').filter({ hasText: 'The input comes with the model' }),
  ).toHaveText(/gru_L2_I3_H5_T7_B2_s11\.json\): 7 steps, batch 2, 3 features, with its h0/);

  const fixtureText = await readFile(FIXTURE, 'utf8');
  const fixture = JSON.parse(fixtureText);

  const weights = await downloaded(page, 'Export model');
  expect(weights.name).toBe('gatescope-gru-weights.json');
  const exported = JSON.parse(weights.text);
  expect(exported.config).toMatchObject({
    cell: 'gru',
    input_size: 3,
    hidden_size: 5,
    num_layers: 2,
  });
  for (const [key, value] of Object.entries(fixture.params)) {
    // Bit for bit: JSON writes the shortest text that reads back to the same double.
    expect(flat(exported.params[key]), key).toEqual(flat(value));
  }
  expect(flat(exported.inputs.x)).toEqual(flat(fixture.inputs.x));
  expect(flat(exported.inputs.h0)).toEqual(flat(fixture.inputs.h0));

  const trace = await downloaded(page, 'Export data');
  expect(trace.name).toBe('gatescope-gru-trace.json');
  // What `npm run trace -- FIXTURE` prints, computed here by the engine from the fixture file:
  // the same fields and the same numbers, bit for bit (the engine's e^x and tanh are its own
  // fdlibm ports, not the browser's Math).
  const parsed = parseWeightsJson(fixtureText);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { model, inputs, loss } = parsed.file;
  const want = JSON.parse(stringifyTrace(traceReport(model, inputs!, loss)));
  const got = JSON.parse(trace.text);
  expect(trace.text.endsWith('}\n')).toBe(true);
  expect(shape(got)).toEqual(shape(want));
  expect(leaves(got)).toEqual(leaves(want));
  expectNumbersClose(flat(got.forward.output), flat(fixture.forward.output), 1e-9);
  expectNumbersClose(flat(got.forward.layers[1].z), flat(fixture.forward.layers[1].z), 1e-9);
  expectNumbersClose(
    [got.loss.L_last, got.loss.L_sum],
    [fixture.loss.L_last, fixture.loss.L_sum],
    1e-9,
  );

  await stepper.getByRole('button', { name: 'Use generated weights' }).click();
  await expect(stepper.getByRole('combobox', { name: 'Cell' })).toBeEnabled();
});

test('a refused file shows the engine’s message and leaves the model as it was', async ({
  page,
}) => {
  const { stepper, dialog } = await openImportDialog(page);
  const bad = JSON.stringify({ weight_ih_l0: [[1]], weight_hh_l0: [[1, 2]] });
  await dialog.getByLabel('Or paste the JSON').fill(bad);
  await dialog.getByRole('button', { name: 'Import pasted JSON' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/^weight_hh_l0 has shape \(1, 2\)/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(stepper.getByRole('button', { name: 'Import model' })).toBeFocused();
  await expect(stepper.getByRole('img', { name: /^LSTM cell, time step 1 of 12/ })).toBeVisible();
});

test('the training lab opens its trained model in the stepper', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('tab', { name: 'Training lab' }).click();
  const lab = page.getByRole('tabpanel', { name: 'Training lab' });
  await lab.getByRole('combobox', { name: 'Cell' }).selectOption('gru');
  await lab.getByRole('spinbutton', { name: 'Hidden size' }).fill('6');
  await lab.getByRole('button', { name: 'Train one step' }).click();
  await lab.getByRole('button', { name: 'Train one step' }).click();
  await expect(lab.getByRole('status')).toHaveText('Paused after update 2.');
  await lab.getByRole('button', { name: 'Open in stepper' }).click();

  await expect(page.getByRole('tab', { name: 'Cell stepper' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const stepper = page.getByRole('tabpanel', { name: 'Cell stepper' });
  await expect(stepper.getByRole('combobox', { name: 'Cell' })).toHaveValue('gru');
  await expect(stepper.getByRole('spinbutton', { name: 'Hidden size' })).toHaveValue('6');
  await expect(stepper.getByRole('img', { name: /^GRU cell, time step 1 of 30/ })).toBeVisible();
  await expect(stepper.getByText(/trained.*\(the training lab, update 2\)/)).toBeVisible();
});
