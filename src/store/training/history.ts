/**
 * The live history of a training run as columns: one row per update, in typed arrays that grow
 * by doubling. Appending writes into the same buffers and returns a new history object, so a
 * selector memoised on the object is exactly as fresh as the rows it saw.
 */
import type { ProgressBatch } from '../../workers/protocol';

/** One row per update: row i is update i + 1. */
export interface TrainingHistory {
  /** Updates recorded. */
  readonly length: number;
  /** The training loss of each update's batch. */
  readonly loss: Float64Array;
  /** ‖g‖, the global gradient norm before clipping. */
  readonly gradNorm: Float64Array;
  /** 1 where the update was clipped. */
  readonly clipped: Uint8Array;
  /** The batch's accuracy; NaN where the task has none. */
  readonly accuracy: Float64Array;
  /** Updates per second, measured now and then: at update `rateAt[k]` it was `rate[k]`. */
  readonly rateLength: number;
  readonly rateAt: Float64Array;
  readonly rate: Float64Array;
}

export function emptyHistory(capacity = 256): TrainingHistory {
  return {
    length: 0,
    loss: new Float64Array(capacity),
    gradNorm: new Float64Array(capacity),
    clipped: new Uint8Array(capacity),
    accuracy: new Float64Array(capacity),
    rateLength: 0,
    rateAt: new Float64Array(64),
    rate: new Float64Array(64),
  };
}

/** `a` with room for at least n values (itself when it has; else a copy twice as large). */
function room<A extends Float64Array | Uint8Array>(a: A, n: number): A {
  if (n <= a.length) return a;
  const grown = new (a.constructor as new (n: number) => A)(Math.max(n, 2 * a.length));
  grown.set(a);
  return grown;
}

/** The history with a progress batch's rows written at updates first … first + n − 1. */
export function appendProgress(h: TrainingHistory, batch: ProgressBatch): TrainingHistory {
  const at = batch.first - 1;
  const end = at + batch.loss.length;
  const loss = room(h.loss, end);
  const gradNorm = room(h.gradNorm, end);
  const clipped = room(h.clipped, end);
  const accuracy = room(h.accuracy, end);
  // Rows a batch skipped (none in practice) read as missing, not as zero.
  for (let i = h.length; i < at; i++) loss[i] = gradNorm[i] = accuracy[i] = NaN;
  loss.set(batch.loss, at);
  gradNorm.set(batch.gradNorm, at);
  clipped.set(batch.clipped, at);
  accuracy.set(batch.accuracy, at);
  let { rateLength, rateAt, rate } = h;
  if (Number.isFinite(batch.updatesPerSecond)) {
    rateAt = room(rateAt, rateLength + 1);
    rate = room(rate, rateLength + 1);
    rateAt[rateLength] = end;
    rate[rateLength] = batch.updatesPerSecond;
    rateLength++;
  }
  const length = Math.max(h.length, end);
  return { length, loss, gradNorm, clipped, accuracy, rateLength, rateAt, rate };
}
