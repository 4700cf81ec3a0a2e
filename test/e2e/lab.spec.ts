import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import path from 'node:path';
import {
  DEFAULT_SETTINGS,
  LAB_DEFAULTS,
  LAB_PRESETS,
  LAB_RECURRENT_SCALE,
  deriveRun,
  type Settings,
} from '../../src/store';
import { gradientView } from '../../src/store/gradientViews';
import { expect, test } from './fixtures';

/** The ratio sentence the engine gives for the lab with a change, computed in this process. */
const sentenceFor = (change: Partial<Settings>) =>
  gradientView(deriveRun({ ...DEFAULT_SETTINGS, ...LAB_DEFAULTS, ...change }).grads).sentence;

const preset = (id: string) => LAB_PRESETS.find((p) => p.id === id)!;

async function openLab(page: Page) {
  await page.goto('./');
  await page.getByRole('tab', { name: 'Gradient lab' }).click();
  const lab = page.getByRole('tabpanel', { name: 'Gradient lab' });
  await expect(lab.getByRole('img', { name: /^Gradient norm per time step: / })).toBeVisible();
  return lab;
}

const sentence = (page: Page) => page.locator('.lab-sentence');
const recurrent = (page: Page) => page.getByRole('slider', { name: 'Recurrent weight scale' });

test.describe('the gradient lab', () => {
  // Every input reruns forward and backward for three cells; a busy machine needs the time.
  test.slow();

  test('says the RNN’s gradient vanishes at the low end of "Recurrent weight scale" and explodes at the high end, dragged by mouse', async ({
    page,
  }) => {
    await openLab(page);
    await recurrent(page).focus();
    await page.keyboard.press('Home');
    await expect(sentence(page)).toHaveText(
      sentenceFor({ recurrentScale: LAB_RECURRENT_SCALE.min }),
    );
    await expect(sentence(page)).toContainText('it has vanished');

    // Drag the thumb from the left end to the right end; every move reruns forward and backward.
    const box = (await recurrent(page).boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 2, y);
    await page.mouse.down();
    const seen = new Set<string>();
    for (let k = 1; k <= 24; k++) {
      await page.mouse.move(box.x + 2 + ((box.width - 2) * k) / 24, y);
      seen.add((await sentence(page).getAttribute('data-verdict')) ?? '');
    }
    await page.mouse.up();
    await expect(recurrent(page)).toHaveValue(String(LAB_RECURRENT_SCALE.max));
    await expect(sentence(page)).toHaveText(
      sentenceFor({ recurrentScale: LAB_RECURRENT_SCALE.max }),
    );
    await expect(sentence(page)).toContainText('it has exploded');
    // The plots followed the pointer: verdicts in between were shown while dragging.
    expect(seen.size).toBeGreaterThanOrEqual(3);
    expect([...seen]).toEqual(expect.arrayContaining(['survived', 'exploded']));
  });

  test('"Recurrent weight scale" works by keyboard: Home, End and the arrow keys', async ({
    page,
  }) => {
    await openLab(page);
    const slider = recurrent(page);
    await slider.focus();
    await page.keyboard.press('End');
    await expect(sentence(page)).toContainText('it has exploded');
    await page.keyboard.press('Home');
    await expect(slider).toHaveValue(String(LAB_RECURRENT_SCALE.min));
    await expect(sentence(page)).toContainText('it has vanished');
    for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
    const value = LAB_RECURRENT_SCALE.min + 4 * LAB_RECURRENT_SCALE.step;
    await expect(slider).toHaveAttribute('aria-valuetext', `× ${value.toFixed(2)}`);
    await expect(sentence(page)).toHaveText(sentenceFor({ recurrentScale: value }));
  });

  test('every other slider reruns the plots by keyboard too', async ({ page }) => {
    await openLab(page);
    const data = page.getByRole('img', { name: /^Gradient norm per time step: / });
    for (const name of ['Weight scale', 'Hidden size', 'Sequence length', 'Input amplitude']) {
      const before = await data.getAttribute('aria-label');
      await page.getByRole('slider', { name, exact: true }).focus();
      await page.keyboard.press('ArrowLeft');
      await expect(data, name).not.toHaveAttribute('aria-label', before!);
    }
    await expect(page.getByRole('slider', { name: 'Forget gate bias' })).toBeDisabled();
    await page.getByRole('combobox', { name: 'Cell' }).selectOption('LSTM');
    const bias = page.getByRole('slider', { name: 'Forget gate bias' });
    await bias.focus();
    await page.keyboard.press('ArrowRight');
    await expect(bias).toHaveAttribute('aria-valuetext', '+0.1');
  });

  for (const id of ['vanishing', 'exploding', 'lstm', 'gru'] as const) {
    test(`the "${preset(id).title}" preset shows its claim, as the engine computes it`, async ({
      page,
    }) => {
      await openLab(page);
      await page.getByRole('button', { name: preset(id).title }).click();
      await expect(sentence(page)).toHaveText(sentenceFor(preset(id).settings));
      const verdict = await sentence(page).getAttribute('data-verdict');
      expect(verdict).toBe(
        id === 'vanishing' ? 'vanished' : id === 'exploding' ? 'exploded' : verdict,
      );
      if (id === 'lstm' || id === 'gru') expect(['survived', 'grew']).toContain(verdict);
    });
  }

  test('the compare view runs RNN, LSTM and GRU on the same settings', async ({ page }) => {
    const lab = await openLab(page);
    const lines = lab.locator('.lab-compare-lines li');
    await expect(lines).toHaveCount(3);
    await expect(lab.locator('.lab-compare[aria-busy="false"]')).toHaveCount(1);
    for (const cell of ['rnn', 'lstm', 'gru'] as const) {
      const run = gradientView(deriveRun({ ...DEFAULT_SETTINGS, ...LAB_DEFAULTS, cell }).grads);
      const text = run.sentence.replace(/^The/, 'the');
      await expect(lab.locator(`.lab-compare-lines li[data-cell="${cell}"]`)).toHaveText(
        `${cell === 'rnn' ? 'RNN' : cell.toUpperCase()}: ${text}`,
      );
    }
    // Off screen the heatmaps are neither laid out nor updated: scroll them into view.
    await lab.locator('div.lab-compare-wide').evaluate((el) => el.scrollIntoView());
    for (const name of ['RNN', 'LSTM', 'GRU']) {
      await expect(
        lab.getByRole('img', { name: new RegExp(`^Hidden state: ${name}: `) }),
      ).toBeVisible();
    }
    await lab.getByRole('checkbox', { name: 'Compare RNN, LSTM and GRU' }).uncheck();
    await expect(lab.locator('.lab-compare')).toHaveCount(0);
  });

  test('at hidden 128 and 500 steps, runs in a worker and the plots catch up', async ({ page }) => {
    const lab = await openLab(page);
    await page.getByRole('slider', { name: 'Hidden size' }).focus();
    await page.keyboard.press('End');
    await page.getByRole('slider', { name: 'Sequence length' }).focus();
    await page.keyboard.press('End');
    // The slider shows the new length at once, while the run is computed off the main thread.
    await expect(page.getByRole('slider', { name: 'Sequence length' })).toHaveValue('500');
    await expect(
      lab.getByRole('img', { name: /^Gradient norm per time step: 500 steps/ }),
    ).toBeVisible({
      timeout: 60_000,
    });
    await expect(lab.locator('.lab-controls')).toHaveAttribute('aria-busy', 'false');
    await expect(sentence(page)).toHaveText(
      sentenceFor({ hiddenSize: 128, sequence: { kind: 'noise', seqLen: 500 } }),
    );
  });

  test('has no accessibility violations', async ({ page }) => {
    await openLab(page);
    await expect(page.locator('.lab-compare[aria-busy="false"]')).toHaveCount(1);
    await page.getByRole('button', { name: 'Show data' }).first().click();
    const results = await new AxeBuilder({ page }).include('.lab').analyze();
    const found = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(found).toEqual([]);
  });

  for (const id of ['vanishing', 'exploding', 'lstm'] as const) {
    test(`screenshot of the "${preset(id).title}" preset`, async ({ page }, info) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      const lab = await openLab(page);
      await page.getByRole('button', { name: preset(id).title }).click();
      await expect(lab.locator('.lab-compare[aria-busy="false"]')).toHaveCount(1);
      await expect(lab.locator('.lab-controls[aria-busy="false"]')).toHaveCount(1);
      await expect(lab.getByRole('img', { name: /^Why it happens/ })).toBeVisible();
      // Start the view at the gradient plot, so that it and its "why" share the screen beside
      // the (sticky) controls.
      await lab
        .getByRole('region', { name: 'Gradient norm' })
        .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8));
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(info.project.outputDir, `lab-${id}.png`) });
    });
  }
});
