import { extent, line, range, scaleLinear } from 'd3';

/** Height of the sparkline in CSS pixels (its viewBox height, so y is in pixels). */
export const SPARK_HEIGHT = 44;

/** The narrowest value range shown, so that rounding noise is not blown up into a curve. */
const MIN_SPAN = 0.02;

/** What the sparkline draws, in viewBox units: x = t + 0.5 in [0, T], y in pixels. */
export interface SparklineGeometry {
  /** The line through the steps already computed (t ≤ through). */
  readonly done: string;
  /** The rest of the run, drawn faintly: what playback is about to compute. */
  readonly ahead: string;
  /** y of the value 0. */
  readonly zero: number;
  /** y of each step's value (NaN where the value is not finite). */
  readonly ys: Float64Array;
  /** The value range shown, [low, high]. */
  readonly domain: readonly [number, number];
}

/**
 * Scales and paths of a sparkline of one value per time step. The domain is the finite values'
 * extent widened to include 0 and at least MIN_SPAN wide (so a constant output stays flat), then
 * rounded to nice numbers; lines break at non-finite values.
 */
export function sparkline(values: Float64Array, through: number): SparklineGeometry {
  const finite = Array.from(values).filter(Number.isFinite);
  const [lo = 0, hi = 0] = extent([0, ...finite]);
  const pad = Math.max(0, MIN_SPAN - (hi - lo)) / 2;
  const y = scaleLinear()
    .domain([lo - pad, hi + pad])
    .nice(4)
    .range([SPARK_HEIGHT - 5, 5]);
  const path = line<number>()
    .defined((t) => Number.isFinite(values[t]))
    .x((t) => t + 0.5)
    .y((t) => y(values[t]));
  const T = values.length;
  const last = Math.min(through, T - 1);
  return {
    done: last >= 0 ? (path(range(0, last + 1)) ?? '') : '',
    ahead: path(range(Math.max(0, last), T)) ?? '',
    zero: y(0),
    ys: Float64Array.from(values, (v) => (Number.isFinite(v) ? y(v) : NaN)),
    domain: y.domain() as [number, number],
  };
}
