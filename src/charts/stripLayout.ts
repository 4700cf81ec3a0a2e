/**
 * Where the cells of a vector strip go: n square cells in a grid that fits a box, wrapping
 * into rows when one row would make the cells too small (hidden sizes up to 64 and beyond).
 */

/** The box a strip must fit and how its cells are spaced, in the drawing's units. */
export interface StripBox {
  /** Largest width the strip may take. */
  readonly width: number;
  /** Largest height the strip may take. */
  readonly height: number;
  /** Largest side of a cell (small vectors should not become giant tiles). */
  readonly maxCell: number;
  /** Space between neighbouring cells. */
  readonly gap: number;
}

/** A strip's grid: cell k sits at row ⌊k / columns⌋, column k mod columns. */
export interface StripLayout {
  readonly columns: number;
  readonly rows: number;
  /** Side of one cell. */
  readonly cell: number;
  /** Width and height actually used (≤ the box). */
  readonly width: number;
  readonly height: number;
  /** Top-left corner of each cell, relative to the strip's top-left corner. */
  readonly cells: readonly { readonly x: number; readonly y: number }[];
}

/** A grid whose cells are at least this share of the biggest possible counts as as good. */
const NEARLY = 0.85;

/**
 * The grid of n cells that fits the box (cells capped at maxCell) with the fewest rows whose
 * cells are nearly (85 %) as big as the biggest that fit. Rows are balanced: 20 cells that need
 * two rows are 10 + 10, not 16 + 4.
 */
export function stripLayout(n: number, box: StripBox): StripLayout {
  const count = Math.max(0, Math.floor(n));
  const { gap, maxCell } = box;
  const grids: { columns: number; rows: number; cell: number }[] = [];
  for (let rows = 1; rows <= Math.max(1, count); rows++) {
    const columns = Math.max(1, Math.ceil(count / rows));
    if (rows > 1 && Math.ceil(count / columns) < rows) continue; // same grid as fewer rows
    const cell = Math.min(
      maxCell,
      (box.width - (columns - 1) * gap) / columns,
      (box.height - (rows - 1) * gap) / rows,
    );
    grids.push({ columns, rows: count > 0 ? rows : 0, cell });
  }
  // A vector reads best as one line: wrap only when that buys clearly bigger cells.
  const biggest = Math.max(...grids.map((g) => g.cell));
  const chosen = grids.find((g) => g.cell >= NEARLY * biggest) ?? grids[0];
  const cell = Math.max(0, chosen.cell);
  const { columns, rows } = chosen;
  const cells = Array.from({ length: count }, (_, k) => ({
    x: (k % columns) * (cell + gap),
    y: Math.floor(k / columns) * (cell + gap),
  }));
  return {
    columns,
    rows,
    cell,
    width: count ? columns * cell + (columns - 1) * gap : 0,
    height: count ? rows * cell + (rows - 1) * gap : 0,
    cells,
  };
}

/**
 * Where a key moves the focus in a strip of n cells laid out in `columns`: ← → by one, ↑ ↓ by a
 * row, Home / End to the ends; null for any other key. Moves stop at the edges.
 */
export function stripKeyTarget(
  key: string,
  index: number,
  n: number,
  columns: number,
): number | null {
  const clamp = (k: number) => Math.max(0, Math.min(n - 1, k));
  switch (key) {
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'ArrowDown':
      return index + columns < n ? index + columns : index;
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    default:
      return null;
  }
}

/**
 * The half-width m of a symmetric colour domain [−m, m] for signed values: the largest finite
 * |v| among the arrays, and at least 1 so that tanh-bounded values use the whole scale.
 */
export function signedDomain(arrays: readonly ArrayLike<number>[]): number {
  let m = 1;
  for (const a of arrays) {
    for (let k = 0; k < a.length; k++) {
      const v = Math.abs(a[k]);
      if (v > m && Number.isFinite(v)) m = v;
    }
  }
  return m;
}

/** A strip's grid and where its top-left corner goes in the parent drawing. */
export interface StripPlacement {
  readonly x: number;
  readonly y: number;
  readonly layout: StripLayout;
}

/** The strip of n cells fitted into the box {x, y, width, height} and centred in it. */
export function placeStrip(
  n: number,
  box: { readonly x: number; readonly y: number } & StripBox,
): StripPlacement {
  const layout = stripLayout(n, box);
  return {
    x: box.x + (box.width - layout.width) / 2,
    y: box.y + (box.height - layout.height) / 2,
    layout,
  };
}
