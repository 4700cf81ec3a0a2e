/**
 * Axis domains that can never break: they read finite values only, and a log domain reads
 * positive finite values only, so zero, NaN and ±Infinity in the data cannot poison a scale.
 */
import { decade } from './ticks';

/** The series a domain is taken over: each indexed by step. */
type Columns = readonly ArrayLike<number>[];

/**
 * [min, max] over the finite values (the positive finite ones with `positive`), or null when
 * there is none. The test is written out rather than passed in as a function, so that the loop
 * over a 128 × 500 heatmap compiles to a tight loop.
 */
function extent(columns: Columns, positive: boolean): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  const floor = positive ? 0 : -Infinity;
  for (const values of columns) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!(v > floor && v < Infinity)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** True for the values a log axis can show: positive and finite. */
export const isLogPlottable = (v: number): boolean => v > 0 && v < Infinity;

/**
 * A log-axis domain [10^a, 10^b] spanning every positive finite value, widened to whole
 * decades (at least one). Zero, negatives, NaN and ±Infinity are ignored; with no positive
 * finite value at all it is `fallback`.
 */
export function safeLogDomain(
  columns: Columns,
  fallback: readonly [number, number] = [0.1, 10],
): [number, number] {
  const e = extent(columns, true);
  if (!e) return [fallback[0], fallback[1]];
  let a = Math.floor(Math.log10(e[0]));
  let b = Math.ceil(Math.log10(e[1]));
  if (a === b) b += 1;
  // Keep 10^a and 10^b representable (denormals go down to ~4.9e-324).
  a = Math.max(a, -323);
  b = Math.min(b, 308);
  return [decade(a), decade(b)];
}

/**
 * A linear-axis domain over every finite value, padded when all values are equal (a flat line
 * still gets an axis) and `fallback` when there is no finite value. With `zero`, it includes 0
 * (bars start at 0).
 */
export function safeLinearDomain(
  columns: Columns,
  { zero = false, fallback = [0, 1] as readonly [number, number] } = {},
): [number, number] {
  const e = extent(columns, false);
  if (!e) return [fallback[0], fallback[1]];
  let [lo, hi] = e;
  if (zero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) / 2;
    return [lo - pad, hi + pad];
  }
  return [lo, hi];
}

/**
 * m for a diverging colour scale on [−m, m]: the largest |v| over finite values, or 1 when
 * there is none or all are zero.
 */
export function symmetricMax(columns: Columns): number {
  const e = extent(columns, false);
  const m = e ? Math.max(Math.abs(e[0]), Math.abs(e[1])) : 0;
  return m > 0 ? m : 1;
}
