import type { Locator, Page } from '@playwright/test';
import path from 'node:path';
import {
  DEFAULT_SETTINGS,
  LAB_DEFAULTS,
  LAB_RECURRENT_SCALE,
  deriveRun,
  type Settings,
} from '../../src/store';
import { gradientSentence, gradientView } from '../../src/store/gradientViews';
import {
  expect,
  expectFitsWidth,
  expectNoSeriousA11yViolations,
  screenshotWholePage,
  test,
} from './fixtures';

/** The lab's ratio sentence for a change of settings, in a language, computed in this process. */
const sentenceFor = (change: Partial<Settings>, lang: 'en' | 'zh') =>
  gradientSentence(
    gradientView(deriveRun({ ...DEFAULT_SETTINGS, ...LAB_DEFAULTS, ...change }).grads),
    lang,
  );

const sentence = (page: Page) => page.locator('.lab-sentence');

/** The view shown, in either language (a tab panel is named by its tab, which is translated). */
const shownView = (page: Page) => page.locator('[role="tabpanel"]:not([hidden])');

async function openLabInChinese(page: Page) {
  await page.goto('./?lang=zh&view=lab');
  await expect(page.getByRole('tabpanel', { name: '梯度实验室' })).toBeVisible();
  const lab = shownView(page);
  await expect(lab.getByRole('img', { name: /^各时间步的梯度范数：/ })).toBeVisible();
  return lab;
}

/** The update count the training lab shows ("更新次数 12" / "Update 12"). */
async function updatesOf(lab: Locator): Promise<number> {
  const text = (await lab.locator('.training-figures').textContent()) ?? '';
  return Number(/(?:更新次数|Update) (\d+)/.exec(text)?.[1] ?? NaN);
}

/** The rows of a chart's data table (opened by its "Show data" toggle, found by its class). */
async function tableRows(figure: Locator): Promise<string[]> {
  const toggle = figure.locator('.chart-show-data');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return figure.locator('table tbody tr').allTextContents();
}

test.describe('the labs in Chinese', () => {
  // Every input reruns forward and backward for three cells; a busy machine needs the time.
  test.slow();

  test('?lang=zh&view=lab speaks Chinese, and the sentence follows the slider', async ({
    page,
  }) => {
    const lab = await openLabInChinese(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('tab', { name: '梯度实验室' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(lab.getByRole('region', { name: '梯度实验室控制项' })).toBeVisible();
    await expect(lab.getByRole('button', { name: 'RNN：梯度消失' })).toBeVisible();
    await expect(lab.getByRole('img', { name: /^原因何在：每往回一步的因子：/ })).toBeVisible();
    await expect(lab.getByText(/^阴影区域：低于 10⁻⁶ ×/)).toBeVisible();

    const recurrent = lab.getByRole('slider', { name: '循环权重缩放' });
    await recurrent.focus();
    await page.keyboard.press('Home');
    await expect(sentence(page)).toHaveText(
      sentenceFor({ recurrentScale: LAB_RECURRENT_SCALE.min }, 'zh'),
    );
    await expect(sentence(page)).toHaveText(
      /^到达 t = 0 的梯度是 t = 49 处的 .* 倍：梯度已经消失。$/,
    );

    // Drag the thumb to the right end: the sentence changes with it.
    const box = (await recurrent.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 2, y);
    await page.mouse.down();
    for (let k = 1; k <= 12; k++) await page.mouse.move(box.x + 2 + ((box.width - 2) * k) / 12, y);
    await page.mouse.up();
    await expect(recurrent).toHaveValue(String(LAB_RECURRENT_SCALE.max));
    await expect(sentence(page)).toHaveText(
      sentenceFor({ recurrentScale: LAB_RECURRENT_SCALE.max }, 'zh'),
    );
    await expect(sentence(page)).toContainText('梯度已经爆炸');

    const lines = lab.locator('.lab-compare-lines li');
    await expect(lines).toHaveCount(3);
    await expect(lines.first()).toHaveText(/^RNN：到达 t = 0 的梯度/);

    // Switching language keeps the slider where it is and rewords the same run.
    await page
      .getByRole('group', { name: '语言' })
      .getByRole('button', { name: 'English' })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(lab.getByRole('slider', { name: 'Recurrent weight scale' })).toHaveValue(
      String(LAB_RECURRENT_SCALE.max),
    );
    await expect(sentence(page)).toHaveText(
      sentenceFor({ recurrentScale: LAB_RECURRENT_SCALE.max }, 'en'),
    );
    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: '简体中文' })
      .click();
    await expect(sentence(page)).toHaveText(
      sentenceFor({ recurrentScale: LAB_RECURRENT_SCALE.max }, 'zh'),
    );
  });

  test('the gradient lab in Chinese has no serious accessibility violation, fits 360 px, and is photographed', async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const lab = await openLabInChinese(page);
    await lab.getByRole('button', { name: 'LSTM：遗忘门打开' }).click();
    // The compare view's other cells come from workers, which a busy machine slows.
    await expect(lab.locator('.lab-compare[aria-busy="false"]')).toHaveCount(1, {
      timeout: 30_000,
    });
    await expect(lab.locator('.lab-controls[aria-busy="false"]')).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, '.lab');
    await screenshotWholePage(page, path.join(info.project.outputDir, 'i18n-lab-zh.png'));
    await expectFitsWidth(page, 360);
    await page.screenshot({ path: path.join(info.project.outputDir, 'i18n-lab-zh-360.png') });
  });

  test('the training lab in Chinese trains, keeps its run across a language switch, passes axe and fits 360 px', async ({
    page,
  }, info) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./?lang=zh&view=training');
    await expect(page.getByRole('tabpanel', { name: '训练实验室' })).toBeVisible();
    const lab = shownView(page);
    const task = lab.getByRole('combobox', { name: '任务' });
    await expect(task.locator('option:checked')).toHaveText('记住第一个值');
    await expect(lab.getByText(/^准确率 \d+\.\d%$/)).toBeVisible();
    await expect(lab.getByRole('status')).toHaveText(/^就绪：/);

    await lab.getByRole('button', { name: '训练', exact: true }).click();
    await expect(lab.getByRole('button', { name: '暂停' })).toBeEnabled();
    await expect.poll(() => updatesOf(lab), { timeout: 60_000 }).toBeGreaterThanOrEqual(30);
    await expect(lab.getByRole('img', { name: /^损失：训练损失从第 1 次更新时的 / })).toBeVisible();
    const zhName = (await lab.getByRole('img', { name: /^损失：/ }).getAttribute('aria-label'))!;
    const firstLoss = /从第 1 次更新时的 ([^ ]+) 到/.exec(zhName)![1];
    const before = await updatesOf(lab);

    // Mid-training: the run goes on, nothing restarts.
    await page
      .getByRole('group', { name: '语言' })
      .getByRole('button', { name: 'English' })
      .click();
    await expect(lab.getByRole('status')).toHaveText(/^Training in a background worker/);
    expect(await updatesOf(lab)).toBeGreaterThanOrEqual(before);
    await expect(
      lab.getByRole('img', {
        name: new RegExp(`^Loss: training loss from ${firstLoss} at update 1 to `),
      }),
    ).toBeVisible();

    // Paused, the figures and the loss chart's points must match exactly across a switch.
    await lab.getByRole('button', { name: 'Pause' }).click();
    await expect(lab.getByRole('status')).toHaveText(/^Paused after update \d+\.$/);
    const updates = await updatesOf(lab);
    expect(updates).toBeGreaterThan(before);
    const enRows = await tableRows(lab.getByRole('figure', { name: 'Loss' }));
    expect(enRows.length).toBeGreaterThan(10);
    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: '简体中文' })
      .click();
    await expect(lab.getByRole('status')).toHaveText(`已在第 ${updates} 次更新后暂停。`);
    expect(await updatesOf(lab)).toBe(updates);
    expect(await tableRows(lab.getByRole('figure', { name: '损失' }))).toEqual(enRows);
    await expect(lab.getByRole('slider', { name: '检查点' })).toBeEnabled();

    await expectNoSeriousA11yViolations(page, '.training');
    await screenshotWholePage(page, path.join(info.project.outputDir, 'i18n-training-zh.png'));
    await expectFitsWidth(page, 360);
    await page.screenshot({
      path: path.join(info.project.outputDir, 'i18n-training-zh-360.png'),
      fullPage: true,
    });
  });
});
