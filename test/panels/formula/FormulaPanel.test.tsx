import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SUBSTEPS } from '../../../src/engine';
import { defaultRun } from '../../support/defaultRun';
import { renderPanels } from '../cellDiagram/renderPanels';

/** The exact number the formula shows for `q` (its first occurrence), from its title. */
function shown(container: HTMLElement, q: string): number {
  const el = container.querySelector(`.formula [data-q="${q}"]`);
  if (!el) throw new Error(`no number for ${q}`);
  expect(el.getAttribute('title')).toBe(el.getAttribute('data-value'));
  return Number(el.getAttribute('title'));
}
const close = (a: number, b: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));

describe('FormulaPanel', { timeout: 20_000 }, () => {
  it('LSTM: every sub-step’s result and pre-activation are the engine’s, for the chosen unit', () => {
    const trace = defaultRun('lstm');
    const H = 4;
    const { store, container } = renderPanels({}, 'formula');
    const at = (q: string, t: number, j: number) => trace.layers[0][q][t * H + j];
    for (const unit of [0, 3]) {
      act(() => store.getState().setUnit(unit));
      SUBSTEPS.lstm.forEach((step, sub) => {
        act(() => store.setState({ cursor: { t: 2, sub } }));
        const quantity = step.computes[step.computes.length - 1];
        expect(shown(container, 'value'), `${step.id} unit ${unit}`).toBe(at(quantity, 2, unit));
        if (step.computes[0].startsWith('pre_')) {
          const pre = at(step.computes[0], 2, unit);
          expect(shown(container, 'pre')).toBe(pre);
          const parts = ['ih-sum', 'ih-bias', 'hh-sum', 'hh-bias'].map((q) => shown(container, q));
          close(
            parts.reduce((a, b) => a + b, 0),
            pre,
          );
        }
      });
    }
    act(() => store.setState({ cursor: { t: 2, sub: 4 } }));
    expect(shown(container, 'f')).toBe(at('f', 2, 3));
    expect(shown(container, 'c_prev')).toBe(at('c', 1, 3));
    expect(shown(container, 'g')).toBe(at('g', 2, 3));
    act(() => store.setState({ cursor: { t: 2, sub: 5 } }));
    expect(shown(container, 'tanh_c')).toBe(at('tanh_c', 2, 3));
  });

  it('GRU candidate: gi_n, r and n are the engine’s', () => {
    const trace = defaultRun('gru');
    const { store, container } = renderPanels({ cell: 'gru' }, 'formula');
    act(() => store.setState({ cursor: { t: 4, sub: 2 } }));
    const at = (q: string) => trace.layers[0][q][4 * 4 + 0];
    expect(shown(container, 'gi')).toBe(at('gi_n'));
    expect(shown(container, 'r')).toBe(at('r'));
    expect(shown(container, 'pre')).toBe(at('pre_n'));
    expect(shown(container, 'value')).toBe(at('n'));
    expect(screen.getByRole('heading', { name: /candidate · step 3 of 4, unit 1/ })).toBeTruthy();
  });

  it('writes numbers to 4 significant digits with a true minus sign', () => {
    const { container } = renderPanels({ cell: 'rnn' }, 'formula');
    for (const el of container.querySelectorAll('.eq [data-q]')) {
      const v = Number(el.getAttribute('title'));
      const text = (el.textContent ?? '').replace(/[()]/g, '');
      const magnitude = String(Number(Math.abs(v).toPrecision(4)));
      expect([magnitude, `−${magnitude}`]).toContain(text);
    }
  });

  it('the "Unit" choice sets the unit everywhere', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels({}, 'formula');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), '3');
    expect(store.getState().unit).toBe(2);
    expect(screen.getByRole('heading', { name: /unit 3$/ })).toBeTruthy();
  });

  it('"Show terms" breaks each sum out term by term', () => {
    const { store, container } = renderPanels({ hiddenSize: 5 }, 'formula');
    act(() => store.setState({ cursor: { t: 3, sub: 1 }, unit: 4 }));
    const button = screen.getByRole('button', { name: 'Show terms' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const { model, trace } = store.getState();
    for (const [half, n, v] of [
      ['ih', 1, [trace.x[3]]],
      ['hh', 5, Array.from(trace.layers[0].h.subarray(2 * 5, 3 * 5))],
    ] as const) {
      const table = container.querySelector(`table[data-half="${half}"]`)!;
      const rows = Array.from(table.querySelectorAll('tbody tr'));
      expect(rows).toHaveLength(n);
      const W = model.params[`weight_${half}_l0`];
      rows.forEach((row, k) => {
        const [w, x, p] = Array.from(row.querySelectorAll('td'), (td) => Number(td.title));
        expect([w, x, p]).toEqual([W[(0 * 5 + 4) * n + k], v[k], W[(0 * 5 + 4) * n + k] * v[k]]);
      });
      const sum = Number(table.querySelector(`[data-q="${half}-sum"]`)!.getAttribute('title'));
      close(sum, shown(container, `${half}-sum`));
    }
  });
});
