import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { LESSONS, lessonById } from '../../src/lessons/registry';
import type { Lang } from '../../src/i18n';
import { expect, expectFitsWidth, expectNoSeriousA11yViolations, test } from './fixtures';

const NEXT = { en: 'Next →', zh: '下一步 →' } as const;
const LESSONS_TAB = { en: 'Lessons', zh: '课程' } as const;

const stepHeading = (page: Page) => page.locator('.lesson-text h3');
const side = (page: Page): Locator => page.locator('.lesson-side');

/** Waits for the lesson's panels to have drawn (the charts measure their width first). */
async function settled(page: Page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

for (const lang of ['en', 'zh'] as const satisfies readonly Lang[]) {
  test.describe(`every lesson in ${lang}`, () => {
    for (const lesson of LESSONS) {
      test(`${lesson.id}: walks every step with Next; each step shows its text and panels, and axe finds nothing serious`, async ({
        page,
      }, info) => {
        test.setTimeout(180_000);
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`./?lesson=${lesson.id}&lang=${lang}`);
        await expect(page.getByRole('tab', { name: LESSONS_TAB[lang] })).toHaveAttribute(
          'aria-selected',
          'true',
        );
        await expect(side(page).getByRole('heading', { level: 2 })).toHaveText(lesson.title[lang]);
        for (const [i, step] of lesson.steps.entries()) {
          await expect(stepHeading(page)).toHaveText(step.title[lang]);
          await expect(page).toHaveURL(i === 0 ? /lesson=/ : new RegExp(`step=${i + 1}`));
          const panels = page.locator('.lesson-panels');
          for (const id of step.setup.panels) {
            if (id === 'training') {
              await expect(
                page.locator(`.lesson-run[data-run="${step.setup.training}"]`),
              ).toBeVisible();
            }
          }
          if (step.setup.panels.includes('diagram')) {
            await expect(panels.getByRole('img').first()).toBeVisible();
          }
          await settled(page);
          await expectNoSeriousA11yViolations(page);
          if (lang === 'en' && lesson.id === 'lstm-six-steps' && step.id === 'forget') {
            await page.screenshot({
              path: path.join(info.project.outputDir, 'lesson-lstm-forget.png'),
            });
          }
          if (lang === 'zh' && lesson.id === 'gru-four-steps' && step.id === 'differs') {
            await page.screenshot({ path: path.join(info.project.outputDir, 'lesson-zh-gru.png') });
          }
          if (i < lesson.steps.length - 1)
            await side(page).getByRole('button', { name: NEXT[lang] }).click();
        }
        await expect(side(page).getByRole('button', { name: NEXT[lang] })).toBeDisabled();
      });
    }
  });
}

test('lesson 1: dragging the recurrent weight scale to its top completes the task; Back returns to the step before', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?lesson=rnn-forgets&step=2');
  await expect(stepHeading(page)).toHaveText('Vanishing gradients');
  const gradient = page.getByRole('region', { name: 'Gradient norm' });
  await expect(gradient.locator('p', { hasText: 'it has vanished' })).toBeVisible();
  await page.screenshot({ path: path.join(info.project.outputDir, 'lesson-rnn-vanishing.png') });
  await side(page).getByRole('button', { name: 'Next →' }).click();
  await expect(stepHeading(page)).toHaveText('Exploding gradients');
  const status = side(page).getByRole('status');
  await expect(status).toHaveText('Not yet');
  const slider = page.getByRole('slider', { name: 'Recurrent weight scale' });
  await expect(slider).toHaveValue('2');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(status).toHaveText('✓ Done!');
  await expect(gradient.locator('p', { hasText: 'it has exploded' })).toBeVisible();
  // Page Down is the slider's own key while it has focus: the lesson stays.
  await page.keyboard.press('PageDown');
  await expect(stepHeading(page)).toHaveText('Exploding gradients');
  await page.goBack();
  await expect(stepHeading(page)).toHaveText('Vanishing gradients');
  await page.goForward();
  await expect(stepHeading(page)).toHaveText('Exploding gradients');
});

test('lesson 4: the LSTM trains to 95% in the worker and the comparison shows the run', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const lesson = lessonById('compare-on-task');
  await page.goto('./?lesson=compare-on-task&step=2');
  await expect(stepHeading(page)).toHaveText(lesson.steps[1].title.en);
  const run = page.locator('.lesson-run[data-run="lstm-open"]');
  await run.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(side(page).getByRole('status')).toHaveText('✓ Done!', { timeout: 150_000 });
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(stepHeading(page)).toHaveText('Compare');
  const row = page.locator('tr[data-run="lstm-open"]');
  const cells = row.locator('td');
  await expect(cells).toHaveCount(3);
  const accuracy = Number((await cells.nth(1).textContent())?.replace('%', ''));
  expect(accuracy).toBeGreaterThanOrEqual(95);
  expect(Number(await cells.nth(2).textContent())).toBeGreaterThan(0);
  await expect(page.locator('tr[data-run="rnn"]')).toContainText('not trained yet');
  // The run goes on in the background, out of sight: the comparison shows only its table.
  await expect(run).toBeHidden();
  await page.screenshot({ path: path.join(info.project.outputDir, 'lesson-compare.png') });
});

test('a lesson embeds chrome-less and works at 320×240', async ({ page }, info) => {
  await page.setViewportSize({ width: 320, height: 240 });
  await page.goto('./?embed=1&lesson=lstm-six-steps&step=2&lang=zh');
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(stepHeading(page)).toHaveText('2. 输入门');
  await expectFitsWidth(page, 320, 240);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: path.join(info.project.outputDir, 'lesson-embed-320.png') });
  await side(page).getByRole('button', { name: '下一步 →' }).click();
  await expect(stepHeading(page)).toHaveText('3. 候选值');
  await expect(page).toHaveURL(/step=3/);
});

test('a lesson’s link holds what the student changed: a reload keeps it, and Embed embeds the lesson with it', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?lesson=rnn-forgets&step=3');
  await expect(stepHeading(page)).toHaveText('Exploding gradients');
  const slider = page.getByRole('slider', { name: 'Recurrent weight scale' });
  await expect(slider).toHaveValue('2');
  await expect(page).not.toHaveURL(/rscale=/); // the step's own 2 is not written
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/[?&]rscale=4(&|$)/);
  await page.reload();
  await expect(stepHeading(page)).toHaveText('Exploding gradients');
  await expect(slider).toHaveValue('4');
  await expect(side(page).getByRole('status')).toHaveText('✓ Done!');

  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed' });
  await expect(dialog.getByRole('checkbox')).toHaveCount(0);
  await expect(dialog).toContainText('runs “Why a plain RNN forgets” from step 3 of 4');
  const snippet = dialog.getByRole('textbox', { name: 'HTML snippet' });
  await expect(snippet).toHaveValue(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1&amp;lesson=rnn-forgets&amp;step=3&amp;rscale=4" width="480" height="360" title="GateScope: Why a plain RNN forgets"/,
  );
  const preview = dialog.frameLocator('iframe[title="Preview of the embed"]');
  await expect(preview.locator('.lesson-text h3')).toHaveText('Exploding gradients');
  await expect(preview.getByRole('slider', { name: 'Recurrent weight scale' })).toHaveValue('4');
  await page.screenshot({ path: path.join(info.project.outputDir, 'lesson-embed-dialog.png') });
  await expectNoSeriousA11yViolations(page, 'dialog');
});

test('a lesson link’s time step or unit past the end of the step’s run is ignored, and said so', async ({
  page,
}) => {
  await page.goto('./?lesson=lstm-six-steps&step=2&t=99&unit=50&hidden=8');
  const notice = page.getByRole('status').filter({ hasText: 'Ignored' });
  await expect(notice).toContainText(
    'Ignored t=99: past the last time step (t=11; t counts from 0)',
  );
  await expect(notice).toContainText(
    'Ignored unit=50: past the last unit (unit=7; units count from 0)',
  );
  // The step's own place stands (time step 4); the link's other change (8 units) is kept.
  await expect(page.getByText('LSTM, time step 4 of 12, step 2 of 6: input gate')).toBeVisible();
  await expect(page.getByText('8 hidden units', { exact: false }).first()).toBeVisible();
  await expect(page).toHaveURL(/[?&]hidden=8(&|$)/);
  await expect(page).not.toHaveURL(/[?&](t|unit)=/);
});
