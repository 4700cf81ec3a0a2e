import {
  expect,
  expectFitsWidth,
  expectNoSeriousA11yViolations,
  screenshotWholePage,
  test,
} from './fixtures';

test.describe('the stepper in Chinese', () => {
  test('?lang=zh: buttons, diagram, table and html lang speak Chinese', async ({ page }) => {
    await page.goto('./?lang=zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    const playback = page.getByRole('group', { name: '播放' });
    for (const name of ['重置', '上一个时间步', '后退一步', '播放', '前进一步', '下一个时间步']) {
      await expect(playback.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('combobox', { name: '单元类型' })).toHaveValue('lstm');
    await expect(page.getByRole('slider', { name: '时间步', exact: true })).toHaveValue('1');
    await expect(
      page.getByRole('img', {
        name: 'LSTM 单元，第 1 个时间步（共 12 个），第 1 步（共 6 步）：遗忘门',
      }),
    ).toBeVisible();
    const titles = page.locator('.cell-diagram .step-title');
    await expect(titles).toHaveText([
      '遗忘门',
      '输入门',
      '候选值',
      '输出门',
      '新的细胞状态',
      '新的隐藏状态',
    ]);
    const table = page.locator('table.step-table');
    await expect(table.getByRole('columnheader', { name: '量' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: '单元 1' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '输入序列' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '模型' })).toBeVisible();
    // Nothing the stepper shows is left in English (numbers, symbols and names aside).
    const stepper = await page.locator('.workbench').first().innerText();
    expect(stepper).not.toMatch(/\b(Step|Time step|Forget gate|Show data|Input sequence)\b/);
  });

  test('the header switch changes the language mid-session and keeps the state', async ({
    page,
  }) => {
    await page.goto('./?lang=zh');
    await page.getByRole('button', { name: '下一个时间步' }).click();
    await page.getByRole('button', { name: '前进一步', exact: true }).click();
    await page.getByRole('button', { name: '前进一步', exact: true }).click();
    await page.getByRole('combobox', { name: '速度' }).selectOption('4');
    const status = page.getByRole('status').filter({ hasText: 'LSTM' });
    await expect(status).toHaveText('LSTM，第 2 个时间步（共 12 个），第 3 步（共 6 步）：候选值');
    const values = page.getByRole('textbox', { name: '数值' });
    await values.fill('1, 2, x');
    await expect(page.getByText('“x”（第 3 项） 不是数字。')).toBeVisible();

    await page
      .getByRole('group', { name: '语言' })
      .getByRole('button', { name: 'English' })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).not.toHaveURL(/lang=zh/);
    await expect(status).toHaveText('LSTM, time step 2 of 12, step 3 of 6: candidate');
    await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('4');
    await expect(page.getByRole('slider', { name: 'Time step', exact: true })).toHaveValue('2');
    // The field keeps what was being typed (its message stays as it was worded).
    await expect(page.getByRole('textbox', { name: 'Values' })).toHaveValue('1, 2, x');
    await expect(page.getByRole('button', { name: 'Step forward', exact: true })).toBeVisible();

    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: '简体中文' })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(status).toHaveText('LSTM，第 2 个时间步（共 12 个），第 3 步（共 6 步）：候选值');
    await expect(page.getByRole('combobox', { name: '速度' })).toHaveValue('4');
  });

  test('has no serious accessibility violations in Chinese', async ({ page }) => {
    // axe over the whole stepper takes a while on a busy two-core machine.
    test.setTimeout(120_000);
    await page.goto('./?lang=zh');
    await page.getByRole('button', { name: '前进一步', exact: true }).click();
    await expectNoSeriousA11yViolations(page);
  });

  test('fits 360 px in Chinese; screenshots', async ({ page }, info) => {
    await page.goto('./?lang=zh');
    await page.getByRole('button', { name: '下一个时间步' }).click();
    await page.getByRole('button', { name: '前进一步', exact: true }).click();
    await screenshotWholePage(page, info.outputPath('zh-wide.png'));
    await expectFitsWidth(page, 360, 740);
    await screenshotWholePage(page, info.outputPath('zh-360.png'));
    // The body font is a CJK face, so no character falls back to tofu.
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family).toMatch(/Noto Sans CJK SC|Noto Sans SC|Source Han Sans SC/);
    const fits = await page.evaluate(() =>
      document.fonts.check('16px "Noto Sans CJK SC"', '遗忘门'),
    );
    expect(fits).toBe(true);
  });
});

test.describe('the browser prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('without lang= the page opens in Chinese', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('button', { name: '前进一步', exact: true })).toBeVisible();
    await expect(
      page.getByRole('group', { name: '语言' }).getByRole('button', { name: '简体中文' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  test('switching to English writes lang=en, so a reload stays in English', async ({ page }) => {
    await page.goto('./?cell=gru');
    await expect(page).not.toHaveURL(/lang=/);
    await page
      .getByRole('group', { name: '语言' })
      .getByRole('button', { name: 'English' })
      .click();
    await expect(page).toHaveURL(/[?&]lang=en\b/);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Step forward', exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Cell' })).toHaveValue('gru');
    // The reloaded page's URL still names English, so a link copied from it does too.
    await expect(page).toHaveURL(/[?&]lang=en\b/);
  });
});
