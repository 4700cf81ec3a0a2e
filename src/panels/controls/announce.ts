import type { CellKind } from '../../engine';
import { substepTitle, type Lang } from '../../i18n';
import type { Cursor } from '../../store';
import { controlsMessages } from './messages';

/** The cell names the UI shows, which are also the "Cell" choice's option labels. */
export const CELL_LABELS: Record<CellKind, string> = { lstm: 'LSTM', gru: 'GRU', rnn: 'RNN' };

/** Where playback stands, as a sentence: "LSTM, time step 3 of 12, step 5 of 6: new cell state". */
export function announce(
  cell: CellKind,
  cursor: Cursor,
  seqLen: number,
  substeps: readonly { id: string }[],
  lang: Lang = 'en',
): string {
  const title = substepTitle(lang, cell, substeps[cursor.sub].id);
  const { t, sub } = cursor;
  return controlsMessages[lang].announce(
    CELL_LABELS[cell],
    t + 1,
    seqLen,
    sub + 1,
    substeps.length,
    title,
  );
}
