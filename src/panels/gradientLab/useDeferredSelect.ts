import { startTransition, useEffect, useMemo, useState } from 'react';
import type { CellKind } from '../../engine';
import { selectGrads, selectModel, selectTrace, useGateScope } from '../../store';
import { selectLoss, selectRunId, type RunParts } from '../../store/gradientSelectors';

/** Runs `f` once the next frame has been painted (a task queued from requestAnimationFrame). */
function afterNextPaint(f: () => void): () => void {
  if (typeof requestAnimationFrame === 'undefined') {
    const id = setTimeout(f, 0);
    return () => clearTimeout(id);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(f, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `value`, but a new one only after the frame that shows the main plots has been painted, and
 * then as an interruptible transition: while a slider drags, the gradient plot is redrawn first
 * and the secondary plots in the time left before the next input.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => startTransition(() => setShown(value)));
  }, [value, shown]);
  return shown;
}

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
