import type { Checkpoint } from '../../workers/protocol';

/** Checkpoints kept per run: enough for a smooth slider, bounded in memory. */
export const MAX_CHECKPOINTS = 41;

/**
 * The list with `c` added in update order: a checkpoint of the same update replaces the old one;
 * past `max`, every second one is dropped (the first and the newest always stay), so the kept
 * checkpoints stay spread over the whole run however long it trains.
 */
export function addCheckpoint(
  list: readonly Checkpoint[],
  c: Checkpoint,
  max = MAX_CHECKPOINTS,
): readonly Checkpoint[] {
  const next = list.filter((x) => x.update !== c.update);
  const at = next.findIndex((x) => x.update > c.update);
  if (at < 0) next.push(c);
  else next.splice(at, 0, c);
  if (next.length <= max) return next;
  const last = next.length - 1;
  return next.filter((_, i) => i % 2 === 0 || i === last);
}

/** Held-out scores at every checkpoint ever taken (kept whole: a few numbers per checkpoint). */
export interface EvalHistory {
  readonly length: number;
  readonly update: Float64Array;
  /** Held-out accuracy; NaN where the task has none. */
  readonly accuracy: Float64Array;
  readonly loss: Float64Array;
}

export const emptyEvals = (): EvalHistory => ({
  length: 0,
  update: new Float64Array(0),
  accuracy: new Float64Array(0),
  loss: new Float64Array(0),
});

/** The scores with checkpoint `c`'s appended (or replacing those of the same update). */
export function addEval(e: EvalHistory, c: Checkpoint): EvalHistory {
  let n = e.length;
  while (n > 0 && e.update[n - 1] >= c.update) n--;
  const grow = (a: Float64Array, v: number) => {
    const out = new Float64Array(n + 1);
    out.set(a.subarray(0, n));
    out[n] = v;
    return out;
  };
  return {
    length: n + 1,
    update: grow(e.update, c.update),
    accuracy: grow(e.accuracy, c.accuracy ?? NaN),
    loss: grow(e.loss, c.loss),
  };
}
