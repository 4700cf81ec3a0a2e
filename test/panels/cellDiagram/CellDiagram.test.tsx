import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SUBSTEPS, type CellKind } from '../../../src/engine';
import { FIXTURE_DIR } from '../../engine/helpers';
import { defaultRun, valuesAt } from '../../support/defaultRun';
import { renderPanels } from './renderPanels';

const regions = (c: HTMLElement) => Array.from(c.querySelectorAll<SVGGElement>('.step-region'));
const statuses = (c: HTMLElement) => regions(c).map((r) => r.getAttribute('data-status'));
/** The exact values a strip shows, read from its cells' accessible names. */
const stripValues = (name: string) =>
  within(screen.getByRole('listbox', { name }))
    .getAllByRole('option')
    .map((o) => {
      const label = o.getAttribute('aria-label') ?? '';
      return Number(label.slice(label.lastIndexOf('= ') + 2));
    });

// jsdom takes a while over the diagram's SVG; give each test room on a slow machine.
describe('CellDiagram', { timeout: 20_000 }, () => {
  it.each<[CellKind, number]>([
    ['lstm', 6],
    ['gru', 4],
    ['rnn', 1],
  ])('the %s diagram has %i numbered, titled steps', (cell) => {
    const { container } = renderPanels({ cell }, 'diagram');
    const shown = regions(container).map((r) => [
      r.getAttribute('data-substep'),
      r.querySelector('.badge-number')?.textContent,
      r.querySelector('.step-title')?.textContent,
    ]);
    expect(shown).toEqual(SUBSTEPS[cell].map((s, k) => [String(k + 1), String(k + 1), s.title]));
  });

  it('is an image named by the cell and where playback stands', () => {
    const { store } = renderPanels({}, 'diagram');
    expect(
      screen.getByRole('img', { name: 'LSTM cell, time step 1 of 12, step 1 of 6: forget gate' }),
    ).toBeTruthy();
    act(() => store.setState({ cursor: { t: 2, sub: 4 } }));
    expect(
      screen.getByRole('img', {
        name: 'LSTM cell, time step 3 of 12, step 5 of 6: new cell state',
      }),
    ).toBeTruthy();
  });

  it('highlights the store’s sub-step: earlier ones done, later ones pending', () => {
    const { store, container } = renderPanels({}, 'diagram');
    for (let k = 0; k < 6; k++) {
      act(() => store.setState({ cursor: { t: 1, sub: k } }));
      expect(statuses(container)).toEqual(
        Array.from({ length: 6 }, (_, j) => (j < k ? 'done' : j === k ? 'current' : 'pending')),
      );
    }
  });

  it('shows exactly the trace’s values on its strips, and withholds later steps’ values', () => {
    const trace = defaultRun('lstm');
    const { store, container } = renderPanels({}, 'diagram');
    act(() => store.setState({ cursor: { t: 5, sub: 2 } }));
    expect(stripValues('c t−1: previous cell state')).toEqual(valuesAt(trace, 'c', 4));
    expect(stripValues('h t−1: previous hidden state')).toEqual(valuesAt(trace, 'h', 4));
    expect(stripValues('f t: forget gate')).toEqual(valuesAt(trace, 'f', 5));
    expect(stripValues('i t: input gate')).toEqual(valuesAt(trace, 'i', 5));
    expect(stripValues('g t: candidate')).toEqual(valuesAt(trace, 'g', 5));
    const x = within(screen.getByRole('group', { name: 'x t: input' })).getAllByRole('img');
    expect(x.map((c) => Number(c.getAttribute('data-value')))).toEqual([trace.x[5]]);
    expect(screen.queryByRole('listbox', { name: 'o t: output gate' })).toBeNull();
    expect(screen.queryByRole('listbox', { name: 'c t: new cell state' })).toBeNull();
    const pending = container.querySelectorAll('.vector-strip.pending [data-value]');
    expect(pending).toHaveLength(0);
  });

  it('GRU: four steps, its strips the trace’s', () => {
    const trace = defaultRun('gru');
    const { store } = renderPanels({ cell: 'gru' }, 'diagram');
    act(() => store.setState({ cursor: { t: 3, sub: 3 } }));
    expect(stripValues('z t: update gate')).toEqual(valuesAt(trace, 'z', 3));
    expect(stripValues('r t: reset gate')).toEqual(valuesAt(trace, 'r', 3));
    expect(stripValues('n t: candidate')).toEqual(valuesAt(trace, 'n', 3));
    expect(stripValues('h t: new hidden state')).toEqual(valuesAt(trace, 'h', 3));
    expect(
      screen.getByRole('img', { name: /^GRU cell, time step 4 of 12, step 4 of 4/ }),
    ).toBeTruthy();
  });

  it('choosing a cell of any strip chooses the unit, outlined on every strip', () => {
    const { store } = renderPanels({}, 'diagram');
    act(() => store.setState({ cursor: { t: 0, sub: 5 } }));
    const f = within(screen.getByRole('listbox', { name: 'f t: forget gate' })).getAllByRole(
      'option',
    );
    f[1].focus();
    fireEvent.keyDown(f[1], { key: 'ArrowRight' });
    expect(store.getState().unit).toBe(2);
    expect(store.getState().cursor).toEqual({ t: 0, sub: 5 }); // the arrow did not step
    for (const box of screen.getAllByRole('listbox')) {
      const selected = within(box)
        .getAllByRole('option')
        .map((o) => o.getAttribute('aria-selected'));
      expect(selected).toEqual(['false', 'false', 'true', 'false']);
    }
  });

  it('animates a step forward only, and shows other moves at once', () => {
    const { store, container } = renderPanels({}, 'diagram');
    act(() => store.getState().stepForward());
    expect(container.querySelector('.step-region.entering')?.getAttribute('data-substep')).toBe(
      '2',
    );
    expect(container.querySelectorAll('.flow-pulse').length).toBeGreaterThan(0);
    expect(container.querySelector('.vector-strip.entering')).not.toBeNull();
    act(() => store.getState().setTimeStep(4));
    expect(container.querySelector('.entering')).toBeNull();
    expect(container.querySelectorAll('.flow-pulse')).toHaveLength(0);
  });

  it('offers a layer choice for stacked models and shows the chosen layer', () => {
    const { store } = renderPanels({ numLayers: 2 }, 'diagram');
    const layer = screen.getByRole('combobox', { name: 'Layer' });
    fireEvent.change(layer, { target: { value: '1' } });
    expect(store.getState().layer).toBe(1);
    act(() => store.setState({ cursor: { t: 2, sub: 5 } }));
    const { trace } = store.getState();
    const H = 4;
    expect(stripValues('h t: new hidden state')).toEqual(
      Array.from(trace.layers[1].h.subarray(2 * H, 3 * H)),
    );
    expect(screen.getByRole('img', { name: /^LSTM cell, layer 2 of 2, time step 3/ })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Sample' })).toBeNull();
  });

  it('offers a sample choice for a batch and shows the chosen batch row', () => {
    // A PyTorch fixture with its inputs: GRU, I 3, H 4, T 4, batch 2.
    const file = readFileSync(join(FIXTURE_DIR, 'gru_L1_I3_H4_T4_B2_s14.json'), 'utf8');
    const { store } = renderPanels({}, 'diagram');
    act(() => {
      expect(store.getState().importModel(file, { kind: 'file', name: 'gru.json' })).toBeNull();
    });
    const sample = screen.getByRole('combobox', { name: 'Sample' });
    fireEvent.change(sample, { target: { value: '1' } });
    expect(store.getState().sample).toBe(1);
    act(() => store.setState({ cursor: { t: 1, sub: 3 } }));
    // h_t of batch row 1 at t = 1, straight from PyTorch: output[1][1].
    const expected = (JSON.parse(file) as { forward: { output: number[][][] } }).forward
      .output[1][1];
    const shown = stripValues('h t: new hidden state');
    expect(shown).toHaveLength(4);
    shown.forEach((v, j) => expect(Math.abs(v - expected[j])).toBeLessThan(1e-9));
  });
});
