/**
 * Reusable working arrays for temporaries that never leave the function using them (transposes,
 * per-step gradients before they are copied out). Allocating a fresh Float64Array costs far more
 * than filling one in some engines (Chromium here: about 20 µs per small array and most of a
 * millisecond per 100 KB, against a few µs in Node), so a training loop or a slider drag that
 * runs BPTT again and again keeps its working memory instead.
 *
 * Each `slot` names one temporary; a slot's array is reused by the next call that asks for the
 * same slot, so a caller must be done with it before asking again (the engine is single-threaded
 * and BPTT is not re-entrant, so each slot has one user at a time).
 */
const slots = new Map<string, Float64Array>();

/** A working array of length n for `slot`, zero-filled when `zero` is set. */
export function scratch(slot: string, n: number, zero = false): Float64Array {
  let buffer = slots.get(slot);
  if (!buffer || buffer.length < n) {
    buffer = new Float64Array(Math.max(n, Math.ceil((buffer?.length ?? 0) * 1.5)));
    slots.set(slot, buffer);
    return buffer.subarray(0, n);
  }
  const view = buffer.subarray(0, n);
  if (zero) view.fill(0);
  return view;
}

const doubleSlots = new Map<string, number[]>();

/**
 * A plain array of at least n doubles for `slot` (V8's packed-double elements: made from
 * doubles, never holey), reused as `scratch` reuses its arrays; its values are as last left.
 * See packed.ts for why some loops read a plain array rather than a Float64Array.
 */
export function scratchDoubles(slot: string, n: number): number[] {
  const have = doubleSlots.get(slot);
  if (have && have.length >= n) return have;
  const fresh = doubleArray(Math.max(n, Math.ceil((have?.length ?? 0) * 1.5)));
  doubleSlots.set(slot, fresh);
  return fresh;
}

/** n zeros in a plain array with packed-double elements. */
export function doubleArray(n: number): number[] {
  // Grown from a non-integer, so V8 stores them as doubles from the start (and never holey);
  // zeros keep that kind. (Array.from with a function costs about 10× more.)
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0.5);
  return a.fill(0);
}
