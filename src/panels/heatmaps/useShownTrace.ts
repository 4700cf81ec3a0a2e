import { useMemo } from 'react';
import type { Trace } from '../../engine';
import { selectLayer, selectSample, selectTimeStep, selectTrace, useGateScope } from '../../store';
import { selectRunId } from '../../store/gradientSelectors';
import { smallRun } from '../../store/compare';
import { useWhileVisible } from '../useWhileVisible';

/** What a heatmap panel shows: a run, and the layer and batch row of it. */
export interface ShownTrace {
  readonly trace: Trace;
  readonly layer: number;
  readonly sample: number;
  /** The run's number (`selectRunId`), written into `data-run`. */
  readonly runId: number;
  /** The time cursor, held with the run (a plot off screen reads neither until it catches up). */
  readonly t: number;
}

/**
 * The trace, layer and batch row the heatmap panels draw, with the time cursor: at once while
 * the panel is on screen; off screen (`onScreen` false), only once a drag pauses or the panel
 * comes on screen (useWhileVisible), so that a drag costs nothing below the fold.
 */
export function useShownTrace(onScreen: boolean): ShownTrace {
  const trace = useGateScope(selectTrace);
  const layer = useGateScope(selectLayer);
  const sample = useGateScope(selectSample);
  const runId = useGateScope(selectRunId);
  const t = useGateScope(selectTimeStep);
  const now = useMemo(
    () => ({
      trace,
      layer: Math.min(layer, trace.config.numLayers - 1),
      sample: Math.min(sample, trace.batch - 1),
      runId,
      t,
    }),
    [trace, layer, sample, runId, t],
  );
  return useWhileVisible(now, onScreen, smallRun(trace));
}
