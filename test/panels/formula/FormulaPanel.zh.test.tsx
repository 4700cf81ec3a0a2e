import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FormulaPanel } from '../../../src/panels/formula/FormulaPanel';
import { renderZh } from '../../support/renderZh';

describe('the formula panel in Chinese', () => {
  it('the formula panel names its step and note in Chinese', () => {
    renderZh(<FormulaPanel />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/^1遗忘门/);
    expect(screen.getByRole('button', { name: '显示各项' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '单元' })).toBeTruthy();
    expect(document.querySelector('.formula-note')?.textContent).toMatch(/将其遗忘/);
  });
});
