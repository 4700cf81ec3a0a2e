import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CellDiagram } from '../../../src/panels/cellDiagram/CellDiagram';
import { renderZh } from '../../support/renderZh';

const titles = (c: HTMLElement) =>
  Array.from(c.querySelectorAll('.step-title')).map((t) => t.textContent);

// jsdom takes a while over the diagram's SVG; give each test room on a slow machine.
describe('the cell diagram in Chinese', { timeout: 20_000 }, () => {
  it('the LSTM diagram titles its steps with the standard terms and names itself in Chinese', () => {
    const { container } = renderZh(<CellDiagram />);
    expect(titles(container)).toEqual([
      '遗忘门',
      '输入门',
      '候选值',
      '输出门',
      '新的细胞状态',
      '新的隐藏状态',
    ]);
    expect(
      screen.getByRole('img', {
        name: 'LSTM 单元，第 1 个时间步（共 12 个），第 1 步（共 6 步）：遗忘门',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('listbox', { name: 'c t−1: 上一步的细胞状态' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'LSTM 单元 第 1 个时间步（共 12 个）',
    );
  });

  it('the GRU diagram titles its steps 更新门, 重置门, 候选隐藏状态', () => {
    const { container } = renderZh(<CellDiagram />, { cell: 'gru' });
    expect(titles(container)).toEqual(['更新门', '重置门', '候选隐藏状态', '新的隐藏状态']);
  });
});
