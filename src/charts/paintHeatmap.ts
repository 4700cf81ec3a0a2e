/**
 * The heatmap painter. The cells become one pixel each of a small RGBA image (`heatmapPixels`, a
 * pure function), which `paintHeatmap` scales up to the plot area with nearest-neighbour
 * sampling and crosses out the non-finite cells. A matrix of any size costs one pass over its
 * values and one `drawImage`, instead of a `fillRect` per cell.
 */
import { color } from 'd3';

/** The part of CanvasRenderingContext2D the painter uses. */
export type PaintContext = Pick<
  CanvasRenderingContext2D,
  | 'strokeStyle'
  | 'lineWidth'
  | 'imageSmoothingEnabled'
  | 'drawImage'
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

/** RGBA bytes of a CSS colour, as a little-endian 32-bit word (R in the low byte). */
function packed(css: string): number {
  const c = color(css)?.rgb();
  if (!c) return 0;
  const a = Math.round((c.opacity ?? 1) * 255);
  return ((a << 24) | (Math.round(c.b) << 16) | (Math.round(c.g) << 8) | Math.round(c.r)) >>> 0;
}

/**
 * The matrix as a cols × rows RGBA image: pixel (x = c, y = r) is row r at column c, where
 * `values[c·rows + r]` is the value of row r at column c (column-major by step, the layout of a
 * (T, H) trace slice). NaN and ±Infinity are NON_FINITE_FILL and never reach `colour`.
 */
export function heatmapPixels(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  colour: ((v: number) => string) | ColourRamp,
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(rows * cols * 4);
  const words = new Uint32Array(pixels.buffer);
  const blank = packed(NON_FINITE_FILL);
  if ('words' in colour) {
    rampPixels(values, rows, cols, colour, words, blank);
    return pixels;
  }
  const cache = new Map<string, number>();
  const wordOf = (v: number) => {
    const css = colour(v);
    const word = cache.get(css) ?? packed(css);
    cache.set(css, word);
    return word;
  };
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      const v = values[c * rows + r];
      words[r * cols + c] = Number.isFinite(v) ? wordOf(v) : blank;
    }
  }
  return pixels;
}

/**
 * heatmapPixels with a ramp: its colours are packed already, so each cell is one table read at
 * its level, computed here as the ramp's `level` computes it (no call, no string, no map).
 */
function rampPixels(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  ramp: ColourRamp,
  out: Uint32Array,
  blank: number,
) {
  const { offset, scale, words } = ramp;
  const top = words.length - 1;
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      const v = values[c * rows + r];
      const k = Math.round(offset + v * scale);
      out[r * cols + c] = Number.isFinite(v) ? words[k < 0 ? 0 : k > top ? top : k] : blank;
    }
  }
}

/** The [column, row] of every non-finite cell. */
export function nonFiniteCells(values: ArrayLike<number>, rows: number, cols: number) {
  const cells: [number, number][] = [];
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) if (!Number.isFinite(values[c * rows + r])) cells.push([c, r]);
  }
  return cells;
}

/**
 * Paints `image` (the cols × rows picture from `heatmapPixels`, on a canvas or bitmap) over the
 * box: row r top to bottom, column c left to right, each cell a block of whole pixels (nearest
 * neighbour, no smoothing), and a cross over each cell in `crossed`.
 */
export function paintHeatmap(
  ctx: PaintContext,
  image: CanvasImageSource,
  rows: number,
  cols: number,
  crossed: readonly (readonly [number, number])[],
  box: PaintBox,
): void {
  ctx.clearRect(0, 0, box.width, box.height);
  if (rows <= 0 || cols <= 0) return;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(image, 0, 0, box.width, box.height);
  if (crossed.length === 0) return;
  const x = (c: number) => Math.round((c * box.width) / cols);
  const y = (r: number) => Math.round((r * box.height) / rows);
  ctx.strokeStyle = NON_FINITE_STROKE;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const [c, r] of crossed) {
    ctx.moveTo(x(c), y(r));
    ctx.lineTo(x(c + 1), y(r + 1));
    ctx.moveTo(x(c + 1), y(r));
    ctx.lineTo(x(c), y(r + 1));
  }
  ctx.stroke();
}

/** A colour function sampled at n levels, with each level's colour also as a packed RGBA word. */
export interface ColourRamp {
  (v: number): string;
  /** The level v falls on, 0 … n − 1: round(offset + v · scale), clamped (v finite). */
  readonly level: (v: number) => number;
  readonly offset: number;
  readonly scale: number;
  /** Each level's colour as CSS. */
  readonly table: readonly string[];
  /** Each level's colour as `heatmapPixels` writes it: RGBA bytes, R in the low byte. */
  readonly words: Uint32Array;
}

/** A ramp of the given colours, v falling on level round(offset + v · scale). */
function rampOf(
  table: readonly string[],
  words: Uint32Array,
  offset: number,
  scale: number,
): ColourRamp {
  const top = table.length - 1;
  const level = (v: number) => {
    const k = Math.round(offset + v * scale);
    return k < 0 ? 0 : k > top ? top : k;
  };
  return Object.assign((v: number) => table[level(v)], { level, offset, scale, table, words });
}

/**
 * A colour function sampled at n levels over [lo, hi] (values outside are clamped), so a large
 * matrix costs n colour computations instead of one per cell, and `heatmapPixels` reads each
 * cell's pixel straight from `words`.
 */
export function colourRamp(
  colour: (v: number) => string,
  [lo, hi]: readonly [number, number],
  n = 256,
): ColourRamp {
  const table = Array.from({ length: n }, (_, k) => colour(lo + ((hi - lo) * k) / (n - 1)));
  const scale = hi > lo ? (n - 1) / (hi - lo) : 0;
  return rampOf(table, Uint32Array.from(table, packed), -lo * scale, scale);
}

/**
 * The ramp's colours spread over [lo, hi] instead: no colour is made again. Over an empty
 * domain (lo = hi) every value takes the middle level.
 */
export function respread(ramp: ColourRamp, [lo, hi]: readonly [number, number]): ColourRamp {
  const top = ramp.table.length - 1;
  if (!(hi > lo)) return rampOf(ramp.table, ramp.words, top / 2, 0);
  const scale = top / (hi - lo);
  return rampOf(ramp.table, ramp.words, -lo * scale, scale);
}
