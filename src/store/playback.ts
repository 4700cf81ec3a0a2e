/**
 * How playback advances: pure functions of the cursor and the run's shape. The timer that calls
 * them lives in the UI (`usePlaybackTimer`); the engine knows nothing of time.
 */
import { START, isAtEnd, nextSubstep, type Cursor, type CursorBounds } from './cursor';

/** Sub-steps per second a fresh widget plays at. */
export const DEFAULT_SPEED = 2;

/** The allowed playback speeds, in sub-steps per second. */
export const SPEED_LIMITS = { min: 0.25, max: 20 } as const;

/** Where playback stands after one tick of the timer. */
export interface Tick {
  readonly cursor: Cursor;
  /** False once the last sub-step of the last time step is shown: playback stops there. */
  readonly playing: boolean;
}

/** One sub-step on; playback stops on reaching the end (and does not move past it). */
export function playbackTick(c: Cursor, b: CursorBounds): Tick {
  const cursor = nextSubstep(c, b);
  return { cursor, playing: !isAtEnd(cursor, b) };
}

/** Where pressing Play starts from: where the cursor is, or the start when it is at the end. */
export function playFrom(c: Cursor, b: CursorBounds): Cursor {
  return isAtEnd(c, b) ? START : c;
}

/** A speed inside SPEED_LIMITS (non-finite values give the default). */
export function clampSpeed(v: number): number {
  if (!Number.isFinite(v)) return DEFAULT_SPEED;
  return Math.min(SPEED_LIMITS.max, Math.max(SPEED_LIMITS.min, v));
}
