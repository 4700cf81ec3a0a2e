import { selectCell, selectCursor, selectSeqLen, selectSubsteps, useGateScope } from '../../store';
import { useLang } from '../../i18n';
import { announce } from './announce';

/** Where playback stands, in words; a polite live region so screen readers hear each move. */
export function Status() {
  const cell = useGateScope(selectCell);
  const cursor = useGateScope(selectCursor);
  const seqLen = useGateScope(selectSeqLen);
  const substeps = useGateScope(selectSubsteps);
  const lang = useLang();
  return (
    <p className="status" role="status" aria-live="polite" aria-atomic="true">
      {announce(cell, cursor, seqLen, substeps, lang)}
    </p>
  );
}
