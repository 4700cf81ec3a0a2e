/**
 * The playback cursor and how it moves. Pure functions of the cursor and the run's shape, so
 * moving never touches the trace, let alone recomputes it.
 */

/** Where playback stands: sub-step `sub` of time step `t` (both 0-based). */
export interface Cursor {
  /** t: the time step, 0 … T − 1. */
  readonly t: number;
  /** The current sub-step, 0 … S − 1: sub-steps up to it are computed, later ones are not. */
  readonly sub: number;
}

/** The shape the cursor moves in: T time steps of S sub-steps each. */
export interface CursorBounds {
  /** T: time steps in the run. */
  readonly seqLen: number;
  /** S: sub-steps per time step for the current cell. */
  readonly substeps: number;
}

export const START: Cursor = { t: 0, sub: 0 };

const clampInt = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));

/** The cursor moved inside the bounds (t and sub each clamped). */
export function clampCursor(c: Cursor, b: CursorBounds): Cursor {
  const t = clampInt(c.t, 0, b.seqLen - 1);
  const sub = clampInt(c.sub, 0, b.substeps - 1);
  return t === c.t && sub === c.sub ? c : { t, sub };
}

/** The last sub-step of the last time step. */
export function endOf(b: CursorBounds): Cursor {
  return { t: b.seqLen - 1, sub: b.substeps - 1 };
}

export function isAtStart(c: Cursor): boolean {
  return c.t === 0 && c.sub === 0;
}

export function isAtEnd(c: Cursor, b: CursorBounds): boolean {
  return c.t === b.seqLen - 1 && c.sub === b.substeps - 1;
}

/** One sub-step on, carrying into the next time step; stays put at the end. */
export function nextSubstep(c: Cursor, b: CursorBounds): Cursor {
  if (isAtEnd(c, b)) return c;
  return c.sub + 1 < b.substeps ? { t: c.t, sub: c.sub + 1 } : { t: c.t + 1, sub: 0 };
}

/** One sub-step back, borrowing from the previous time step; stays put at the start. */
export function previousSubstep(c: Cursor, b: CursorBounds): Cursor {
  if (isAtStart(c)) return c;
  return c.sub > 0 ? { t: c.t, sub: c.sub - 1 } : { t: c.t - 1, sub: b.substeps - 1 };
}

/** Time step t (clamped), at the same sub-step. */
export function atTimeStep(c: Cursor, t: number, b: CursorBounds): Cursor {
  return clampCursor({ t, sub: c.sub }, b);
}
