/**
 * A chart's data as a table: what "Show data" shows and "Export CSV" writes. Columns, not rows
 * of objects: each column is one value per row, indexed like the chart's steps.
 */
import { formatPlain } from './format';

/** One column of a chart's data table. */
export interface DataColumn {
  /** Its header, e.g. `‖∂L/∂h_t‖` or `unit 3`. */
  readonly label: string;
  /** One value per row; NaN and ±Infinity are written as such. */
  readonly values: ArrayLike<number>;
}

/** A chart's data: a first column (time step or update) and value columns of the same length. */
export interface ChartData {
  /** Header of the first column: `t` for time steps, `update` for training updates. */
  readonly indexLabel: string;
  /** The first column: the step number of each row (e.g. 0 … T − 1). */
  readonly index: ArrayLike<number>;
  readonly columns: readonly DataColumn[];
}

/**
 * A chart's data, or a function that builds it when asked (the table is opened or a CSV
 * exported): a big heatmap's table has a column per unit, too costly to build on every redraw
 * while a slider drags.
 */
export type ChartDataSource = ChartData | (() => ChartData);

/** The data of a source. */
export const dataOf = (source: ChartDataSource): ChartData =>
  typeof source === 'function' ? source() : source;

/** `build`, called at most once: the first call's result is kept for the next ones. */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => (built ??= { value: build() }).value;
}

/** Steps n, as numbered on a chart whose first step is `first`: first, first + 1, …. */
export function stepIndex(n: number, first = 0): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => i + first);
}

/**
 * The columns of a matrix stored column-major by step (`values[c·rows + r]`, the layout of a
 * (T, H) trace slice): one column per row r of the matrix, labelled `label(r)`, each indexed
 * by step c. This turns a units × time heatmap into a table with one row per time step.
 */
export function matrixColumns(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  label: (r: number) => string,
): DataColumn[] {
  return Array.from({ length: rows }, (_, r) => {
    const column = new Float64Array(cols);
    for (let c = 0; c < cols; c++) column[c] = values[c * rows + r];
    return { label: label(r), values: column };
  });
}

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV (RFC 4180, CRLF line ends): a header row, then one row per step. Values are
 * written in full precision (`formatPlain(v, 'full')`), so the file reads back bit for bit.
 */
export function toCsv(data: ChartData): string {
  const header = [data.indexLabel, ...data.columns.map((c) => c.label)].map(csvField).join(',');
  const lines = [header];
  for (let i = 0; i < data.index.length; i++) {
    const cells = [formatPlain(data.index[i], 'full')];
    for (const c of data.columns) cells.push(formatPlain(c.values[i], 'full'));
    lines.push(cells.join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
