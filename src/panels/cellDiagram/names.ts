import type { CellKind, SubStepInfo } from '../../engine';
import { quantityTerm, substepTitle, type Lang } from '../../i18n';
import type { Cursor } from '../../store';
import { CELL_LABELS } from '../controls/announce';
import type { DiagramLayout } from './layout';
import { GRU_LAYOUT } from './layouts/gru';
import { LSTM_LAYOUT } from './layouts/lstm';
import { RNN_LAYOUT } from './layouts/rnn';
import { diagramMessages } from './messages';

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
  lang: Lang = 'en',
): string {
  const m = diagramMessages[lang];
  const title = substepTitle(lang, cell, substeps[cursor.sub].id);
  const where = numLayers > 1 ? m.layerOf(layer + 1, numLayers) : '';
  const { t, sub } = cursor;
  return m.name(CELL_LABELS[cell], where, t + 1, seqLen, sub + 1, substeps.length, title);
}

/** What each strip holds, in words (`f` → `forget gate` / `遗忘门`). */
export const meaningOf = (quantity: string, lang: Lang = 'en'): string =>
  quantityTerm(lang, quantity);

/** Gate activations lie in (0, 1) and use the sequential scale; everything else is signed. */
export const isGate = (quantity: string): boolean => ['f', 'i', 'o', 'z', 'r'].includes(quantity);

/** A TeX-style symbol as plain text for screen readers: `c_{t−1}` → `c t−1`. */
export const plainSymbol = (symbol: string): string => symbol.replace(/_\{?([^}]*)\}?/g, ' $1');

export type { SubStepInfo };
