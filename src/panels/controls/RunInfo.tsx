import { selectHiddenSize, selectSeed, selectSeqLen, useGateScope } from '../../store';

/** The run's sizes and seed, so a class can check they all see the same run. */
export function RunInfo() {
  const seqLen = useGateScope(selectSeqLen);
  const hiddenSize = useGateScope(selectHiddenSize);
  const seed = useGateScope(selectSeed);
  return (
    <p className="run-info">
      {seqLen} time steps · {hiddenSize} hidden units · seed {seed}
    </p>
  );
}
