import { useMessages } from '../../i18n';
import { controlsMessages } from './messages';
import { selectHiddenSize, selectSeed, selectSeqLen, useGateScope } from '../../store';

/** The run's sizes and seed, so a class can check they all see the same run. */
export function RunInfo() {
  const seqLen = useGateScope(selectSeqLen);
  const hiddenSize = useGateScope(selectHiddenSize);
  const seed = useGateScope(selectSeed);
  const t = useMessages(controlsMessages);
  return <p className="run-info">{t.runInfo(seqLen, hiddenSize, seed)}</p>;
}
