/**
 * Scales of a chart over training updates. The x axis is the update number (not a time step, so
 * the kit's step charts do not fit); the y domain is taken safely from the data as in the kit.
 */
import { scaleLinear } from 'd3';
import { safeLinearDomain, safeLogDomain } from '../../../charts';
import { valueScale } from '../../../charts/layout';
import { logTicks } from '../../../charts/ticks';

/** x: updates from 0 to the last one (at least `minSpan`), left to right. */
export function updateScale(x: ArrayLike<number>, plotWidth: number, minSpan = 10) {
  let hi = minSpan;
  for (let i = 0; i < x.length; i++) if (x[i] > hi) hi = x[i];
  return scaleLinear().domain([0, hi]).range([0, plotWidth]);
}

/** Whole-number ticks of the update axis, at most `max` of them. */
export function updateTicks(scale: ReturnType<typeof updateScale>, max: number): number[] {
  return scale.ticks(Math.max(2, max)).filter(Number.isInteger);
}

/** y: the given domain, or one from the plottable values (log: positive finite only). */
export function yScaleOf(
  columns: readonly ArrayLike<number>[],
  kind: 'linear' | 'log',
  domain: readonly [number, number] | undefined,
  plotHeight: number,
) {
  if (domain) return valueScale(kind, domain, plotHeight);
  if (kind === 'log') return valueScale('log', safeLogDomain(columns), plotHeight);
  return valueScale('linear', safeLinearDomain(columns, { zero: true }), plotHeight).nice();
}

/** Ticks of the y axis: decades on a log axis, nice numbers on a linear one. */
export function yTicksOf(
  scale: ReturnType<typeof yScaleOf>,
  kind: 'linear' | 'log',
  max: number,
): number[] {
  return kind === 'log' ? logTicks(scale.domain() as [number, number], max) : scale.ticks(max);
}

/** The first index where a series is not finite, or null. */
export function firstOverflow(values: ArrayLike<number>): number | null {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return i;
  return null;
}
