import { useMemo } from 'react';
import type { CellKind } from '../../engine';
import { selectGrads, selectModel, selectTrace, useGateScope } from '../../store';
import { selectLoss, selectRunId, type RunParts } from '../../store/gradientSelectors';
import { useAfterPaint } from '../useAfterPaint';

/** What the secondary plots read of the run, as one value so that it changes all at once. */
export interface DeferredRun {
  /** The model, trace and gradients. */
  readonly run: RunParts;
  /** The run's number (`selectRunId`), written into `data-run`. */
  readonly runId: number;
  readonly cell: CellKind;
  readonly loss: 'last' | 'every';
}

/**
 * The run for a secondary plot, handed on after the main plots are painted: what is derived
 * from it is then computed after the gradient plot is on screen too.
 */
export function useDeferredRun(): DeferredRun {
  const model = useGateScope(selectModel);
  const trace = useGateScope(selectTrace);
  const grads = useGateScope(selectGrads);
  const runId = useGateScope(selectRunId);
  const loss = useGateScope(selectLoss);
  const now = useMemo(
    () => ({ run: { model, trace, grads }, runId, cell: trace.config.cell, loss }),
    [model, trace, grads, runId, loss],
  );
  return useAfterPaint(now);
}
