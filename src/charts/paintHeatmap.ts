/**
 * The heatmap painter: a pure function of a 2D context and a matrix, so it can be tested with a
 * fake context that records its calls.
 */

/** The part of CanvasRenderingContext2D the painter uses. */
export type PaintContext = Pick<
  CanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'fillRect'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
>;

/** Where and how big the matrix is painted, in the context's units. */
export interface PaintBox {
  readonly width: number;
  readonly height: number;
}

/** How a non-finite cell is painted: white, crossed in dark grey, so it never passes for data. */
export const NON_FINITE_FILL = '#ffffff';
export const NON_FINITE_STROKE = '#3b3f45';

/**
 * Paints a rows × cols matrix as filled cells: row r at the top-to-bottom position r, column c
 * left to right. `values[c·rows + r]` is the value of row r at column c (column-major by step,
 * the layout of a (T, H) trace slice). Cell edges are rounded to whole units so neighbouring
 * cells meet without seams; NaN and ±Infinity cells are white with a cross.
 */
export function paintHeatmap(
  ctx: PaintContext,
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  colour: (v: number) => string,
  box: PaintBox,
): void {
  ctx.clearRect(0, 0, box.width, box.height);
  if (rows <= 0 || cols <= 0) return;
  const xs = Array.from({ length: cols + 1 }, (_, c) => Math.round((c * box.width) / cols));
  const ys = Array.from({ length: rows + 1 }, (_, r) => Math.round((r * box.height) / rows));
  const crossed: [number, number][] = [];
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      const v = values[c * rows + r];
      const finite = Number.isFinite(v);
      ctx.fillStyle = finite ? colour(v) : NON_FINITE_FILL;
      ctx.fillRect(xs[c], ys[r], xs[c + 1] - xs[c], ys[r + 1] - ys[r]);
      if (!finite) crossed.push([c, r]);
    }
  }
  if (crossed.length === 0) return;
  ctx.strokeStyle = NON_FINITE_STROKE;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const [c, r] of crossed) {
    ctx.moveTo(xs[c], ys[r]);
    ctx.lineTo(xs[c + 1], ys[r + 1]);
    ctx.moveTo(xs[c + 1], ys[r]);
    ctx.lineTo(xs[c], ys[r + 1]);
  }
  ctx.stroke();
}

/**
 * A colour function sampled at n levels over [lo, hi] (values outside are clamped), so a large
 * matrix costs n colour computations instead of one per cell.
 */
export function colourRamp(
  colour: (v: number) => string,
  [lo, hi]: readonly [number, number],
  n = 256,
): (v: number) => string {
  const table = Array.from({ length: n }, (_, k) => colour(lo + ((hi - lo) * k) / (n - 1)));
  const scale = hi > lo ? (n - 1) / (hi - lo) : 0;
  return (v) => table[Math.max(0, Math.min(n - 1, Math.round((v - lo) * scale)))];
}
