import type { CellKind, SubStepInfo } from '../../engine';
import type { Cursor } from '../../store';
import { CELL_LABELS } from '../controls/announce';
import type { DiagramLayout } from './layout';
import { GRU_LAYOUT } from './layouts/gru';
import { LSTM_LAYOUT } from './layouts/lstm';
import { RNN_LAYOUT } from './layouts/rnn';

/** Each cell's drawing. */
export const LAYOUTS: Record<CellKind, DiagramLayout> = {
  lstm: LSTM_LAYOUT,
  gru: GRU_LAYOUT,
  rnn: RNN_LAYOUT,
};

/**
 * The diagram's accessible name: the cell and where playback stands, e.g. "LSTM cell, time
 * step 3 of 20, step 5 of 6: new cell state" (", layer 2 of 3" when there are several).
 */
export function diagramName(
  cell: CellKind,
  cursor: Cursor,
  seqLen: number,
  substeps: readonly SubStepInfo[],
  layer = 0,
  numLayers = 1,
): string {
  const step = `step ${cursor.sub + 1} of ${substeps.length}: ${substeps[cursor.sub].title}`;
  const where = numLayers > 1 ? `, layer ${layer + 1} of ${numLayers}` : '';
  return `${CELL_LABELS[cell]} cell${where}, time step ${cursor.t + 1} of ${seqLen}, ${step}`;
}

/** What each strip holds, in words. */
const MEANINGS: Record<string, string> = {
  x: 'input',
  h_prev: 'previous hidden state',
  c_prev: 'previous cell state',
  f: 'forget gate',
  i: 'input gate',
  g: 'candidate',
  o: 'output gate',
  c: 'new cell state',
  h: 'new hidden state',
  z: 'update gate',
  r: 'reset gate',
  n: 'candidate',
};

export const meaningOf = (quantity: string): string => MEANINGS[quantity] ?? quantity;

/** Gate activations lie in (0, 1) and use the sequential scale; everything else is signed. */
export const isGate = (quantity: string): boolean => ['f', 'i', 'o', 'z', 'r'].includes(quantity);

/** A TeX-style symbol as plain text for screen readers: `c_{t−1}` → `c t−1`. */
export const plainSymbol = (symbol: string): string => symbol.replace(/_\{?([^}]*)\}?/g, ' $1');

export type { SubStepInfo };
