import type { CellKind } from '../../engine';
import type { Cursor } from '../../store';

/** The cell names the UI shows, which are also the "Cell" choice's option labels. */
export const CELL_LABELS: Record<CellKind, string> = { lstm: 'LSTM', gru: 'GRU', rnn: 'RNN' };

/** Where playback stands, as a sentence: "LSTM, time step 3 of 12, step 5 of 6: new cell state". */
export function announce(
  cell: CellKind,
  cursor: Cursor,
  seqLen: number,
  substeps: readonly { title: string }[],
): string {
  const step = `step ${cursor.sub + 1} of ${substeps.length}: ${substeps[cursor.sub].title}`;
  return `${CELL_LABELS[cell]}, time step ${cursor.t + 1} of ${seqLen}, ${step}`;
}
