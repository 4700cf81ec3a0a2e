import { useMemo } from 'react';
import type { CellKind } from '../../engine';
import { selectGrads, selectModel, selectTimeStep, selectTrace, useGateScope } from '../../store';
import { selectLoss, selectRunId, type RunParts } from '../../store/gradientSelectors';
import { smallRun } from '../../store/compare';
import { useWhileVisible } from '../useWhileVisible';

/** What the secondary plots read of the run, as one value so that it changes all at once. */
export interface DeferredRun {
  /** The model, trace and gradients. */
  readonly run: RunParts;
  /** The run's number (`selectRunId`), written into `data-run`. */
  readonly runId: number;
  readonly cell: CellKind;
  readonly loss: 'last' | 'every';
  /** The time cursor, held with the run (a plot off screen reads neither until it catches up). */
  readonly t: number;
}

/** The run and the time cursor as the store has them now, as one value (see DeferredRun). */
export function useRunNow(): DeferredRun {
  const model = useGateScope(selectModel);
  const trace = useGateScope(selectTrace);
  const grads = useGateScope(selectGrads);
  const runId = useGateScope(selectRunId);
  const loss = useGateScope(selectLoss);
  const t = useGateScope(selectTimeStep);
  return useMemo(
    () => ({ run: { model, trace, grads }, runId, cell: trace.config.cell, loss, t }),
    [model, trace, grads, runId, loss, t],
  );
}

/**
 * The run for a secondary plot, with the time cursor, as useWhileVisible passes it on: at once
 * while the plot is on screen (a run from a worker: in its turn); off screen, once a drag pauses
 * or the plot comes on screen, so that what is derived from it costs nothing below the fold.
 */
export function useDeferredRun(onScreen: boolean): DeferredRun {
  const now = useRunNow();
  return useWhileVisible(now, onScreen, smallRun(now.run.trace));
}
