/**
 * The sentences that follow a chart's title in its accessible name: what the picture shows, in
 * words, for people who cannot see it.
 */
import { seriesBreaks, type BreakOrigin } from './breaks';
import type { Lang } from '../i18n';
import { formatPlain } from './format';
import { chartMessages } from './messages';

/** How a series is described: its label and its values by step index. */
interface Described {
  readonly label: string;
  readonly values: ArrayLike<number>;
}

/** The smallest and largest finite value, and how many values are not finite. */
export function finiteRange(values: ArrayLike<number>): {
  min: number;
  max: number;
  nonFinite: number;
} {
  let min = Infinity;
  let max = -Infinity;
  let nonFinite = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) nonFinite++;
    else {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { min, max, nonFinite };
}

/**
 * One clause per series (at most `limit`): "‖∂L/∂h_t‖ from 0.5 at t = 0 to 3.1e-9 at t = 49",
 * or where it overflows, "‖∂L/∂h_t‖ overflows at t = 12".
 */
export function describeSeries(
  series: readonly Described[],
  {
    first = 0,
    limit = 3,
    origin = 'start',
    lang = 'en',
  }: { first?: number; limit?: number; origin?: BreakOrigin; lang?: Lang } = {},
): string {
  const m = chartMessages[lang];
  const n = series.reduce((m, s) => Math.max(m, s.values.length), 0);
  const clauses = series.slice(0, limit).map(({ label, values }) => {
    const { overflow } = seriesBreaks(values, false, origin);
    if (overflow !== null) return m.overflowsAt(label, overflow + first);
    const last = values.length - 1;
    if (last < 0) return m.noValues(label);
    const [a, b] = [formatPlain(values[0]), formatPlain(values[last])];
    return m.fromTo(label, a, first, b, last + first);
  });
  if (series.length > limit) clauses.push(m.andMore(series.length - limit));
  return m.steps(n, clauses.join(m.clauseSep));
}

/**
 * A matrix in a sentence: "4 units × 12 time steps, values from 0.2134 to 0.8312", noting
 * non-finite cells ("3 not finite"). Rows are units.
 */
export function describeMatrix(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  lang: Lang = 'en',
): string {
  const m = chartMessages[lang];
  const { min, max, nonFinite } = finiteRange(values);
  const size = `${m.units(rows)} × ${m.timeSteps(cols)}`;
  if (!(min <= max)) return m.noFinite(size);
  const range = m.matrixRange(size, formatPlain(min), formatPlain(max));
  return `${range}${nonFinite > 0 ? m.notFinite(nonFinite) : ''}`;
}

/**
 * Step c of a column-major matrix in words, for screen readers: "t = 4: unit 1 0.4944, unit 2
 * 0.5699", or just "t = 4" when there are more than `maxRows` rows to listen to.
 */
export function describeColumn(
  values: ArrayLike<number>,
  rows: number,
  c: number,
  {
    first = 0,
    lang = 'en' as Lang,
    rowLabel = (r: number) => chartMessages[lang].unit(r + 1),
    maxRows = 8,
  } = {},
): string {
  const step = `t = ${c + first}`;
  if (rows > maxRows) return step;
  const parts = Array.from(
    { length: rows },
    (_, r) => `${rowLabel(r)} ${formatPlain(values[c * rows + r])}`,
  );
  return `${step}: ${parts.join(chartMessages[lang].listSep)}`;
}
