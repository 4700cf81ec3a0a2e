/**
 * Where a series stops being drawable. A line is broken at these points (d3's `line.defined`),
 * and the first of each kind is shown as a labelled marker instead of a broken chart.
 */
import type { Lang } from '../i18n';
import { isLogPlottable } from './domain';
import { chartMessages } from './messages';

/** Where a series first leaves what its axis can draw (step indices, or null). */
export interface SeriesBreaks {
  /** The first NaN or ±Infinity: an overflow. */
  readonly overflow: number | null;
  /** On a log axis, the first zero or negative value (it has no place on the axis). */
  readonly zero: number | null;
}

/** True when value v can be drawn on a linear (log = false) or log axis. */
export function isPlottable(v: number, log: boolean): boolean {
  return log ? isLogPlottable(v) : Number.isFinite(v);
}

/**
 * Which way a series was computed: `start` for quantities computed forward in time (states,
 * gates), `end` for those computed backward from the last step (gradients), whose overflow
 * happens at the latest non-finite step and spreads towards t = 0.
 */
export type BreakOrigin = 'start' | 'end';

/**
 * The first overflow and, on a log axis, the first non-positive value of a series, met going
 * forward from its start or, for `origin` 'end', backward from its end.
 */
export function seriesBreaks(
  values: ArrayLike<number>,
  log: boolean,
  origin: BreakOrigin = 'start',
): SeriesBreaks {
  let overflow: number | null = null;
  let zero: number | null = null;
  const n = values.length;
  for (let k = 0; k < n && overflow === null; k++) {
    const i = origin === 'start' ? k : n - 1 - k;
    const v = values[i];
    if (!Number.isFinite(v)) overflow = i;
    else if (log && v <= 0 && zero === null) zero = i;
  }
  return { overflow, zero };
}

/** A labelled vertical marker at step index `at`. */
export interface StepMarker {
  readonly at: number;
  readonly kind: 'overflow' | 'zero';
  readonly label: string;
}

/**
 * One marker per step where any series overflows ("overflow at t = k") or, on a log axis,
 * first reaches zero ("zero at t = k, below the log axis"), sorted by step. `stepOf(i)` is the
 * step number shown for index i; `origin` as for `seriesBreaks`.
 */
export function breakMarkers(
  columns: readonly ArrayLike<number>[],
  log: boolean,
  stepOf: (i: number) => number,
  origin: BreakOrigin = 'start',
  lang: Lang = 'en',
): StepMarker[] {
  const found = new Map<string, StepMarker>();
  for (const values of columns) {
    const b = seriesBreaks(values, log, origin);
    if (b.overflow !== null) {
      const label = chartMessages[lang].overflowAt(stepOf(b.overflow));
      found.set(`o${b.overflow}`, { at: b.overflow, kind: 'overflow', label });
    }
    if (b.zero !== null) {
      const label = chartMessages[lang].zeroAt(stepOf(b.zero));
      found.set(`z${b.zero}`, { at: b.zero, kind: 'zero', label });
    }
  }
  return [...found.values()].sort((p, q) => p.at - q.at || p.kind.localeCompare(q.kind));
}
