import type { Trace } from '../engine';

/**
 * The network's output for one unit over time: h_t[j] of the top layer (PyTorch's `output`)
 * for batch row b, t = 0 … T − 1, as a column indexed by step.
 */
export function outputSeries(trace: Trace, unit: number, batch = 0): Float64Array {
  const H = trace.config.hiddenSize;
  const B = trace.batch;
  const out = new Float64Array(trace.seqLen);
  for (let t = 0; t < trace.seqLen; t++) out[t] = trace.output[(t * B + batch) * H + unit];
  return out;
}

/**
 * The last time step whose h_t is computed at the cursor: t itself once its last sub-step is
 * shown, else t − 1 (−1 when nothing is computed yet).
 */
export function lastComputedStep(cursor: { t: number; sub: number }, substeps: number): number {
  return cursor.sub === substeps - 1 ? cursor.t : cursor.t - 1;
}
