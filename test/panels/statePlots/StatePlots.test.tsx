import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CellKind } from '../../../src/engine';
import { StatePlots } from '../../../src/panels/statePlots/StatePlots';
import { toggleUnit, unitsWithin } from '../../../src/panels/statePlots/unitChoice';
import { createGateScopeStore, GateScopeProvider } from '../../../src/store';
import { expectedRows, openTable, stubCanvas } from '../../charts/chartTestKit';
import { defaultRun } from '../../support/defaultRun';

function renderPanel(cell: CellKind) {
  const store = createGateScopeStore({ cell });
  render(
    <GateScopeProvider store={store}>
      <StatePlots />
    </GateScopeProvider>,
  );
  return store;
}

const unit = (cell: CellKind, q: string, j: number) => {
  const trace = defaultRun(cell);
  return Array.from({ length: trace.seqLen }, (_, t) => trace.layers[0][q][t * 4 + j]);
};

describe('StatePlots', () => {
  beforeEach(stubCanvas);

  it('LSTM: "Cell state" and "Hidden state" heatmaps and line plots', () => {
    renderPanel('lstm');
    const names = screen.getAllByRole('img').map((i) => i.getAttribute('aria-label') ?? '');
    expect(names.map((n) => n.split(':')[0])).toEqual([
      'Cell state c',
      'Cell state c, chosen units',
      'Hidden state h',
      'Hidden state h, chosen units',
    ]);
  });

  it('GRU: no cell state', () => {
    renderPanel('gru');
    expect(screen.queryByRole('figure', { name: /^Cell state/ })).toBeNull();
    expect(screen.getAllByRole('figure', { name: /^Hidden state/ })).toHaveLength(2);
  });

  it('the cell-state heatmap table is the engine trace', () => {
    renderPanel('lstm');
    const table = openTable(screen.getByRole('figure', { name: 'Cell state c' }));
    expect(table.body).toEqual(expectedRows([0, 1, 2, 3].map((j) => unit('lstm', 'c', j))));
  });

  it('plots the first three units by default; the picker adds and removes units', () => {
    renderPanel('lstm');
    const figure = () => screen.getByRole('figure', { name: 'Hidden state h, chosen units' });
    expect(openTable(figure()).header).toEqual(['t', 'unit 1', 'unit 2', 'unit 3']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'unit 4' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'unit 1' }));
    const table = openTable(figure());
    expect(table.header).toEqual(['t', 'unit 2', 'unit 3', 'unit 4']);
    expect(table.body).toEqual(expectedRows([1, 2, 3].map((j) => unit('lstm', 'h', j))));
  });
});

describe('unit choice', () => {
  it('keeps chosen units that exist, else the first', () => {
    expect(unitsWithin([5, 1, 1, 9], 6)).toEqual([1, 5]);
    expect(unitsWithin([7], 4)).toEqual([0]);
  });

  it('toggles within 1 … 6 units', () => {
    expect(toggleUnit([0, 2], 1)).toEqual([0, 1, 2]);
    expect(toggleUnit([0, 2], 2)).toEqual([0]);
    expect(toggleUnit([3], 3)).toEqual([3]);
    expect(toggleUnit([0, 1, 2, 3, 4, 5], 6)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
