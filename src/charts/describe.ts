/**
 * The sentences that follow a chart's title in its accessible name: what the picture shows, in
 * words, for people who cannot see it.
 */
import { seriesBreaks, type BreakOrigin } from './breaks';
import { formatPlain } from './format';

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
  }: { first?: number; limit?: number; origin?: BreakOrigin } = {},
): string {
  const n = series.reduce((m, s) => Math.max(m, s.values.length), 0);
  const clauses = series.slice(0, limit).map(({ label, values }) => {
    const { overflow } = seriesBreaks(values, false, origin);
    if (overflow !== null) return `${label} overflows at t = ${overflow + first}`;
    const last = values.length - 1;
    if (last < 0) return `${label} has no values`;
    return (
      `${label} from ${formatPlain(values[0])} at t = ${first} ` +
      `to ${formatPlain(values[last])} at t = ${last + first}`
    );
  });
  if (series.length > limit) clauses.push(`and ${series.length - limit} more`);
  return `${n} steps; ${clauses.join('; ')}`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * A matrix in a sentence: "4 units × 12 time steps, values from 0.2134 to 0.8312", noting
 * non-finite cells ("3 not finite"). `rowNoun` is the singular name of a row.
 */
export function describeMatrix(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  rowNoun = 'unit',
): string {
  const { min, max, nonFinite } = finiteRange(values);
  const size = `${count(rows, rowNoun)} × ${count(cols, 'time step')}`;
  if (!(min <= max)) return `${size}, no finite values`;
  const range = `values from ${formatPlain(min)} to ${formatPlain(max)}`;
  return `${size}, ${range}${nonFinite > 0 ? `, ${nonFinite} not finite` : ''}`;
}

/**
 * Step c of a column-major matrix in words, for screen readers: "t = 4: unit 1 0.4944, unit 2
 * 0.5699", or just "t = 4" when there are more than `maxRows` rows to listen to.
 */
export function describeColumn(
  values: ArrayLike<number>,
  rows: number,
  c: number,
  { first = 0, rowLabel = (r: number) => `unit ${r + 1}`, maxRows = 8 } = {},
): string {
  const step = `t = ${c + first}`;
  if (rows > maxRows) return step;
  const parts = Array.from(
    { length: rows },
    (_, r) => `${rowLabel(r)} ${formatPlain(values[c * rows + r])}`,
  );
  return `${step}: ${parts.join(', ')}`;
}
