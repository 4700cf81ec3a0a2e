/** Tick positions that stay legible at any width: whole steps, and whole decades on log axes. */

/** The smallest of 1, 2, 5, 10, 20, 50, … that is at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 1)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

/**
 * Indices 0 … n − 1 to label on a step axis: every k-th, k from 1, 2, 5, 10, …, so that at most
 * `maxTicks` are shown (always at least index 0).
 */
export function stepTicks(n: number, maxTicks: number): number[] {
  if (n <= 0) return [];
  const k = niceStep(n / Math.max(1, maxTicks));
  const ticks: number[] = [];
  for (let i = 0; i < n; i += k) ticks.push(i);
  return ticks;
}

/**
 * Rows 0 … n − 1 to label on a unit axis that counts from 1: row 0, then the rows numbered
 * k, 2k, 3k, … (indices k − 1, 2k − 1, …), k from 1, 2, 5, 10, …, at most about `maxTicks`.
 */
export function unitTicks(n: number, maxTicks: number): number[] {
  if (n <= 0) return [];
  const k = niceStep(n / Math.max(1, maxTicks));
  const ticks = [0];
  for (let r = k - 1; r < n; r += k) if (r > 0) ticks.push(r);
  return ticks;
}

/**
 * The decades 10^k inside a log domain, every m-th one (m chosen so that at most `maxTicks`
 * remain; m is 1, 2, 3, 5, 10, … and ticks sit at multiples of m, so with m = 3 they read
 * 10⁻⁹, 10⁻⁶, 10⁻³, 10⁰.
 */
export function logTicks(domain: readonly [number, number], maxTicks: number): number[] {
  const a = Math.ceil(Math.log10(domain[0]) - 1e-9);
  const b = Math.floor(Math.log10(domain[1]) + 1e-9);
  if (b < a) return [];
  const raw = (b - a + 1) / Math.max(1, maxTicks);
  const m = raw <= 3 && raw > 2 ? 3 : niceStep(raw);
  const ticks: number[] = [];
  for (let k = Math.ceil(a / m) * m; k <= b; k += m) ticks.push(decade(k));
  return ticks;
}

/** 10^k exactly as the literal `1ek` reads (10 ** k can be off in the last bit). */
export const decade = (k: number): number => Number(`1e${k}`);
