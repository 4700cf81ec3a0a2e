import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cellQuantities, SUBSTEPS, type CellKind } from '../../../src/engine';
import { defaultRun, valuesAt } from '../../support/defaultRun';
import { renderWidget, rowValues } from '../../support/renderWidget';

describe('StepTable', () => {
  it('shows exactly the engine’s values for every sub-step of a time step', () => {
    const trace = defaultRun('lstm');
    const { store, container } = renderWidget();
    act(() => store.getState().setTimeStep(5));
    const steps = SUBSTEPS.lstm;
    steps.forEach((step, k) => {
      act(() => store.setState({ cursor: { t: 5, sub: k } }));
      steps.forEach((other, j) => {
        for (const q of other.computes) {
          const expected = j <= k ? valuesAt(trace, q, 5) : [null, null, null, null];
          expect(rowValues(container, q), `${q} at sub-step ${step.id}`).toEqual(expected);
        }
      });
    });
    expect(rowValues(container, 'x')).toEqual([trace.x[5]]);
    expect(rowValues(container, 'h_prev')).toEqual(valuesAt(trace, 'h', 4));
    expect(rowValues(container, 'c_prev')).toEqual(valuesAt(trace, 'c', 4));
  });

  it.each<CellKind>(['lstm', 'gru', 'rnn'])('has one row per %s quantity and given', (cell) => {
    const { container } = renderWidget({ cell });
    const rows = Array.from(container.querySelectorAll('tr[data-quantity]'));
    const given = cell === 'lstm' ? ['x', 'h_prev', 'c_prev'] : ['x', 'h_prev'];
    const names = rows.map((r) => r.getAttribute('data-quantity'));
    expect(names.slice(0, given.length)).toEqual(given);
    expect([...names.slice(given.length)].sort()).toEqual([...cellQuantities(cell)].sort());
  });

  it('writes values to 4 significant digits and dims the pending ones', () => {
    const trace = defaultRun('lstm');
    const { container } = renderWidget();
    const f = container.querySelector('tr[data-quantity="f"] td');
    expect(f?.textContent).toBe(String(Number(valuesAt(trace, 'f', 0)[0].toPrecision(4))));
    const h = container.querySelector('tr[data-quantity="h"] td');
    expect(h?.textContent).toBe('—');
    expect(h?.classList.contains('pending')).toBe(true);
    expect(screen.getByText('LSTM values at time step 1 of 12')).toBeTruthy();
  });
});
