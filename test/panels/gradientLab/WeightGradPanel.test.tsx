import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { weightGradContributions } from '../../../src/engine';
import { WeightGradPanel } from '../../../src/panels/gradientLab/WeightGradPanel';
import { expectedRows, figureNamed, openTable } from '../../charts/chartTestKit';
import { renderLab } from './renderLab';

const TITLE = 'Where the weight gradient comes from';

describe('WeightGradPanel', { timeout: 20_000 }, () => {
  it('draws the engine’s per-step contributions to ∂L/∂W_hh as bars, with their table', () => {
    const { store, container } = renderLab(<WeightGradPanel />);
    const { model, trace, grads } = store.getState();
    expect(screen.getByRole('img', { name: new RegExp(`^${TITLE}: `) })).toBeTruthy();
    const table = openTable(figureNamed(TITLE));
    expect(table.body).toEqual(expectedRows([weightGradContributions(model, trace, grads, 0)]));
    expect(container.querySelectorAll('.chart-bars rect').length).toBeGreaterThan(20);
    expect(screen.getByText(/steps contribute less than 10⁻⁶ of the largest share/)).toBeTruthy();
  });

  it('switches to a log axis', () => {
    const { container } = renderLab(<WeightGradPanel />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Log scale' }));
    const ticks = Array.from(
      container.querySelectorAll('.axis-left .tick text'),
      (t) => t.textContent,
    );
    expect(ticks.some((t) => t?.startsWith('10'))).toBe(true);
  });
});
