import { useMemo } from 'react';
import type { Trace } from '../../engine';
import { selectLayer, selectSample, selectTrace, useGateScope } from '../../store';
import { useAfterPaint } from '../useAfterPaint';

/** What a heatmap panel shows: a run, and the layer and batch row of it. */
export interface ShownTrace {
  readonly trace: Trace;
  readonly layer: number;
  readonly sample: number;
}

/**
 * The trace, layer and batch row the heatmap panels draw, handed on once the frame with the
 * main plots has been painted (`useAfterPaint`): while a lab slider drags, the gradient plot is
 * redrawn first and these heavier panels after it. Stepping does not change the trace, so the
 * time cursor moves at once.
 */
export function useShownTrace(): ShownTrace {
  const trace = useGateScope(selectTrace);
  const layer = useGateScope(selectLayer);
  const sample = useGateScope(selectSample);
  const now = useMemo(
    () => ({
      trace,
      layer: Math.min(layer, trace.config.numLayers - 1),
      sample: Math.min(sample, trace.batch - 1),
    }),
    [trace, layer, sample],
  );
  return useAfterPaint(now);
}
