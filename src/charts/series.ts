/** Series as the line and bar charts take them, and what they share: styles, readouts. */
import { formatPlain } from './format';
import { seriesStyle, type SeriesStyle } from './palette';

/** One line of a chart: a label and one value per step. */
export interface Series {
  /** Legend, table header and readout label, e.g. "‖∂L/∂h_t‖" or "unit 3". */
  readonly label: string;
  /** Value at each step index 0 … n − 1; NaN, ±Infinity (and 0 on a log axis) break the line. */
  readonly values: ArrayLike<number>;
  /** Stroke colour; default: the k-th of the kit's series styles. */
  readonly colour?: string;
  /** SVG stroke-dasharray ('' = solid); default: the k-th of the kit's series styles. */
  readonly dash?: string;
}

/** The colour and dash of series k: its own where given, else the kit's k-th style. */
export function styleOf(s: Series, k: number): SeriesStyle {
  const d = seriesStyle(k);
  return { colour: s.colour ?? d.colour, dash: s.dash ?? d.dash };
}

/** n: the longest series' length. */
export const stepCount = (series: readonly Series[]): number =>
  series.reduce((m, s) => Math.max(m, s.values.length), 0);

/** The values at step index i in words: "t = 7: ‖∂L/∂h_t‖ 3.1e-9, ‖∂L/∂c_t‖ 0.002". */
export function readoutText(series: readonly Series[], i: number, first = 0): string {
  const parts = series.map(
    (s) => `${s.label} ${i < s.values.length ? formatPlain(s.values[i]) : '—'}`,
  );
  return `t = ${i + first}: ${parts.join(', ')}`;
}
