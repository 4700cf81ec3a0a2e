import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatPlain } from '../../../src/charts';
import type { CellKind } from '../../../src/engine';
import { GateHeatmaps } from '../../../src/panels/heatmaps/GateHeatmaps';
import { createGateScopeStore, GateScopeProvider } from '../../../src/store';
import { expectedRows, openTable, stubCanvas } from '../../charts/chartTestKit';
import { defaultRun } from '../../support/defaultRun';
import { fakeIntersection } from '../../support/fakeIntersection';
import { SETTLE_MS } from '../../../src/store/labAsync';

function renderPanel(cell: CellKind) {
  const store = createGateScopeStore({ cell });
  render(
    <GateScopeProvider store={store}>
      <GateHeatmaps />
    </GateScopeProvider>,
  );
  return store;
}

/** The engine's values of quantity q as table columns: one per unit, indexed by t. */
function engineColumns(cell: CellKind, q: string): number[][] {
  const trace = defaultRun(cell);
  const H = trace.config.hiddenSize;
  const m = trace.layers[0][q];
  return Array.from({ length: H }, (_, j) =>
    Array.from({ length: trace.seqLen }, (_, t) => m[t * H + j]),
  );
}

const heatmapTitles = () =>
  screen
    .getAllByRole('img')
    .map((img) => img.getAttribute('aria-label')?.split(':').slice(0, 2).join(':'));

/** The number of columns of the forget gate's data table (the step, then one per unit). */
const columns = () =>
  openTable(screen.getByRole('figure', { name: 'Gate activations: forget gate f' })).header.length;

describe('GateHeatmaps', () => {
  beforeEach(stubCanvas);

  it('shows one "Gate activations" heatmap per LSTM gate, in teaching order', () => {
    renderPanel('lstm');
    expect(heatmapTitles()).toEqual([
      'Gate activations: forget gate f',
      'Gate activations: input gate i',
      'Gate activations: candidate g',
      'Gate activations: output gate o',
    ]);
  });

  it('shows the GRU update, reset and candidate', () => {
    renderPanel('gru');
    expect(heatmapTitles()).toEqual([
      'Gate activations: update gate z',
      'Gate activations: reset gate r',
      'Gate activations: candidate n',
    ]);
  });

  it('says that a plain RNN has no gates', () => {
    renderPanel('rnn');
    expect(screen.queryAllByRole('img')).toEqual([]);
    expect(screen.getByText(/A plain RNN has no gates/)).toBeTruthy();
  });

  it.each([
    ['lstm', 'forget gate f', 'f'],
    ['lstm', 'candidate g', 'g'],
    ['gru', 'update gate z', 'z'],
  ] as const)('%s "%s": the data table is the engine trace, step by step', (cell, name, q) => {
    renderPanel(cell);
    const title = `Gate activations: ${name}`;
    const table = openTable(screen.getByRole('figure', { name: title }));
    expect(table.caption).toBe(title);
    expect(table.header).toEqual(['t', 'unit 1', 'unit 2', 'unit 3', 'unit 4']);
    expect(table.body).toEqual(expectedRows(engineColumns(cell, q)));
    expect(table.body[3][1]).toBe(formatPlain(defaultRun(cell).layers[0][q][3 * 4]));
  });

  it("shares the stepper's time cursor: a column click or an arrow key moves the time step", () => {
    const store = renderPanel('lstm');
    const figure = screen.getByRole('figure', { name: 'Gate activations: input gate i' });
    const slider = within(figure).getByRole('slider', { name: 'Chart cursor' });
    // jsdom's fallback width 640: a 500 px plot of 12 columns; x = 260 is column 6.
    fireEvent.pointerDown(slider, { button: 0, clientX: 260, pointerId: 1 });
    expect(store.getState().cursor.t).toBe(6);
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(store.getState().cursor.t).toBe(7);
    act(() => store.getState().setTimeStep(2));
    for (const s of screen.getAllByRole('slider'))
      expect(s.getAttribute('aria-valuenow')).toBe('2');
  });

  it('follows a new run at once while on screen', () => {
    const store = renderPanel('lstm');
    expect(columns()).toBe(1 + 4);
    act(() => {
      store.getState().update({ hiddenSize: 6 });
    });
    expect(columns()).toBe(1 + 6);
  });

  it('off screen, keeps the run it showed until the settings settle or it comes on screen', async () => {
    const screenState = fakeIntersection();
    try {
      const store = renderPanel('lstm');
      screenState.setOnScreen(false);
      act(() => {
        store.getState().update({ hiddenSize: 6 });
      });
      expect(columns()).toBe(1 + 4);
      // Once the settings have stayed the same for SETTLE_MS, it catches up.
      await waitFor(() => expect(columns()).toBe(1 + 6), { timeout: 4 * SETTLE_MS });
      act(() => {
        store.getState().update({ hiddenSize: 5 });
      });
      expect(columns()).toBe(1 + 6);
      screenState.setOnScreen(true);
      expect(columns()).toBe(1 + 5);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
