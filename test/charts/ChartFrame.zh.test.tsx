import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LineChart } from '../../src/charts/LineChart';
import { describeMatrix, describeSeries } from '../../src/charts/describe';
import { LangProvider } from '../../src/i18n';

describe('chart chrome in Chinese', () => {
  it('names the data and export buttons, the table region and the summary in Chinese', () => {
    render(
      <LangProvider lang="zh">
        <LineChart title="损失" series={[{ label: 'L', values: [0.5, 0.25, Infinity] }]} />
      </LangProvider>,
    );
    expect(
      screen.getByRole('img', { name: '损失：3 步；L 在 t = 2 处溢出；t = 2 处溢出' }),
    ).toBeTruthy();
    for (const name of ['导出 SVG', '导出 PNG', '导出 CSV']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    fireEvent.click(screen.getByRole('button', { name: '显示数据' }));
    expect(screen.getByRole('region', { name: '损失：数据' })).toBeTruthy();
  });

  it('describes series and matrices in Chinese sentences', () => {
    expect(describeSeries([{ label: 'h', values: [0.5, 0.1] }], { lang: 'zh' })).toBe(
      '2 步；h 从 t = 0 时的 0.5 变为 t = 1 时的 0.1',
    );
    expect(describeMatrix([0.25, 0.5, NaN, 0.75], 2, 2, 'zh')).toBe(
      '2 个单元 × 2 个时间步，数值从 0.25 到 0.75，1 个非有限值',
    );
  });
});
