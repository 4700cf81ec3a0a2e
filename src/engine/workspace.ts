/**
 * Memory a caller lends to the runs it makes again and again (a training loop), so that each
 * run overwrites the last one's arrays instead of allocating its own. Allocating a fresh
 * Float64Array costs far more than filling one in some engines (see scratch.ts).
 *
 * Unlike scratch.ts, what a run takes from a workspace is its result (the trace, the
 * gradients): it stays valid until the next run with the same workspace, and no longer. A
 * caller that keeps a result must run without one (`FRESH`, the default) or copy it.
 */
export interface Workspace {
  /** An array of length n for `slot`, zero-filled when `zero` is set (else as last left). */
  take(slot: string, n: number, zero?: boolean): Float64Array;
}

/** No reuse: every array is new (results may be kept for ever). */
export const FRESH: Workspace = { take: (_slot, n) => new Float64Array(n) };

/** A workspace of its own: one array per slot, grown when a run needs more. */
export function createWorkspace(): Workspace {
  const slots = new Map<string, Float64Array>();
  return {
    take(slot, n, zero = false) {
      const have = slots.get(slot);
      if (have && have.length === n) {
        if (zero) have.fill(0);
        return have;
      }
      const fresh = new Float64Array(n);
      slots.set(slot, fresh);
      return fresh;
    },
  };
}
