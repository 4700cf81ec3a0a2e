/**
 * The history as the charts draw it: at most about `maxPoints` points however long training
 * runs. Updates are grouped in buckets of k (a power of two, so buckets stay put as the history
 * grows and the curves do not shimmer); each bucket keeps what matters for its plot.
 */
import type { TrainingHistory } from './history';

/** One point per bucket of k updates. */
export interface ChartHistory {
  /** Updates per bucket. */
  readonly k: number;
  /** The last update of each bucket (the chart's x). */
  readonly update: Float64Array;
  /** The bucket's mean training loss (NaN or Infinity in a bucket stays visible). */
  readonly loss: Float64Array;
  /** The bucket's largest ‖g‖ before clipping: a spike is never averaged away. */
  readonly gradNorm: Float64Array;
  /** How many of the bucket's updates were clipped. */
  readonly clipped: Float64Array;
}

/** Bucket size: the smallest power of two that brings n updates to at most maxPoints points. */
export function bucketSize(n: number, maxPoints: number): number {
  let k = 1;
  while (Math.ceil(n / k) > maxPoints) k *= 2;
  return k;
}

/** The history in buckets of k updates (the last bucket may be partial). */
export function downsample(h: TrainingHistory, maxPoints = 400): ChartHistory {
  const n = h.length;
  const k = bucketSize(n, maxPoints);
  const m = Math.ceil(n / k);
  const update = new Float64Array(m);
  const loss = new Float64Array(m);
  const gradNorm = new Float64Array(m);
  const clipped = new Float64Array(m);
  for (let b = 0; b < m; b++) {
    const end = Math.min(n, (b + 1) * k);
    let sum = 0;
    let max = 0;
    let count = 0;
    for (let i = b * k; i < end; i++) {
      sum += h.loss[i];
      // NaN must win the maximum, so that a non-finite norm is not hidden.
      const g = h.gradNorm[i];
      if (!(g <= max)) max = g;
      count += h.clipped[i];
    }
    update[b] = end;
    loss[b] = sum / (end - b * k);
    gradNorm[b] = max;
    clipped[b] = count;
  }
  return { k, update, loss, gradNorm, clipped };
}
