import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StepTable } from '../../../src/panels/stepTable/StepTable';
import { renderZh } from '../../support/renderZh';

describe('the step table in Chinese', () => {
  it('the step table heads its columns and rows in Chinese', () => {
    renderZh(<StepTable />);
    expect(screen.getByRole('columnheader', { name: '量' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '单元 1' })).toBeTruthy();
    const groups = Array.from(document.querySelectorAll('.group-head th'), (th) => th.textContent);
    expect(groups).toEqual([
      '输入',
      '1遗忘门 — 当前步骤',
      '2输入门 — 尚未计算',
      '3候选值 — 尚未计算',
      '4输出门 — 尚未计算',
      '5新的细胞状态 — 尚未计算',
      '6新的隐藏状态 — 尚未计算',
    ]);
    const meaning = (q: string) =>
      document.querySelector(`tr[data-quantity="${q}"] .meaning`)?.textContent;
    expect(meaning('f')).toMatch(/^遗忘门 σ\(pre/);
    expect(meaning('h_prev')).toBe('上一步的隐藏状态');
    expect(meaning('c')).toMatch(/^细胞状态 f ⊙ c/);
    expect(screen.getByText('LSTM 在第 1 个时间步（共 12 个）的数值')).toBeTruthy();
  });
});
