import {
  START,
  atTimeStep,
  clampCursor,
  endOf,
  nextSubstep,
  previousSubstep,
  type Cursor,
  type CursorBounds,
} from './cursor';
import { cursorBounds } from './modelSlice';
import type { PlaybackSlice, SliceCreator } from './state';

export const createPlaybackSlice =
  (cursor: Cursor): SliceCreator<PlaybackSlice> =>
  (set) => {
    /** Moves the cursor within the current trace; a move that goes nowhere notifies no one. */
    const move = (to: (c: Cursor, b: CursorBounds) => Cursor) =>
      set((s) => {
        const next = to(s.cursor, cursorBounds(s.trace));
        return next.t === s.cursor.t && next.sub === s.cursor.sub ? s : { cursor: next };
      });
    return {
      cursor,
      stepForward: () => move(nextSubstep),
      stepBack: () => move(previousSubstep),
      nextTimeStep: () => move((c, b) => atTimeStep(c, c.t + 1, b)),
      previousTimeStep: () => move((c, b) => atTimeStep(c, c.t - 1, b)),
      reset: () => move(() => START),
      toEnd: () => move((_, b) => endOf(b)),
      setTimeStep: (t) => move((c, b) => atTimeStep(c, t, b)),
      setSubstep: (sub) => move((c, b) => clampCursor({ t: c.t, sub }, b)),
    };
  };
