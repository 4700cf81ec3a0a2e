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
import { DEFAULT_SPEED, clampSpeed, playFrom, playbackTick } from './playback';
import type { PlaybackSlice, SliceCreator } from './state';

export const createPlaybackSlice =
  (cursor: Cursor): SliceCreator<PlaybackSlice> =>
  (set) => {
    /**
     * Moves the cursor within the current trace; a move that goes nowhere notifies no one.
     * Stepping by hand (`pause`) stops playback, as a frame step does in a video player;
     * scrubbing to a time step does not.
     */
    const move = (to: (c: Cursor, b: CursorBounds) => Cursor, pause = true) =>
      set((s) => {
        const next = to(s.cursor, cursorBounds(s.trace));
        const stop = pause && s.playing;
        if (next.t === s.cursor.t && next.sub === s.cursor.sub)
          return stop ? { playing: false } : s;
        return stop ? { cursor: next, playing: false } : { cursor: next };
      });
    return {
      cursor,
      playing: false,
      speed: DEFAULT_SPEED,
      stepForward: () => move(nextSubstep),
      stepBack: () => move(previousSubstep),
      nextTimeStep: () => move((c, b) => atTimeStep(c, c.t + 1, b)),
      previousTimeStep: () => move((c, b) => atTimeStep(c, c.t - 1, b)),
      reset: () => move(() => START),
      toEnd: () => move((_, b) => endOf(b)),
      setTimeStep: (t) => move((c, b) => atTimeStep(c, t, b), false),
      setSubstep: (sub) => move((c, b) => clampCursor({ t: c.t, sub }, b), false),
      play: () =>
        set((s) =>
          s.playing ? s : { playing: true, cursor: playFrom(s.cursor, cursorBounds(s.trace)) },
        ),
      pause: () => set((s) => (s.playing ? { playing: false } : s)),
      togglePlay: () =>
        set((s) =>
          s.playing
            ? { playing: false }
            : { playing: true, cursor: playFrom(s.cursor, cursorBounds(s.trace)) },
        ),
      tick: () => set((s) => (s.playing ? playbackTick(s.cursor, cursorBounds(s.trace)) : s)),
      setSpeed: (speed) => set({ speed: clampSpeed(speed) }),
    };
  };
