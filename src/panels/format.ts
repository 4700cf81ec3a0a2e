/**
 * A value to 4 significant digits in plain notation that copies cleanly: `-0.4127`, `3.1e-9`,
 * `Infinity`, `NaN`.
 */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return String(Number(v.toPrecision(4)));
}

/** The full value: JavaScript's shortest text that reads back as exactly the same double. */
export function fullValue(v: number): string {
  return String(v);
}
