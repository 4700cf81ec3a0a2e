import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SPEED,
  SPEED_LIMITS,
  clampSpeed,
  createGateScopeStore,
  playFrom,
  playbackTick,
} from '../../src/store';

const bounds = { seqLen: 3, substeps: 2 };

describe('playbackTick', () => {
  it('moves one sub-step on, carrying into the next time step', () => {
    expect(playbackTick({ t: 0, sub: 0 }, bounds)).toEqual({
      cursor: { t: 0, sub: 1 },
      playing: true,
    });
    expect(playbackTick({ t: 0, sub: 1 }, bounds)).toEqual({
      cursor: { t: 1, sub: 0 },
      playing: true,
    });
  });

  it('stops playing on reaching the last sub-step, and never moves past it', () => {
    expect(playbackTick({ t: 2, sub: 0 }, bounds)).toEqual({
      cursor: { t: 2, sub: 1 },
      playing: false,
    });
    expect(playbackTick({ t: 2, sub: 1 }, bounds)).toEqual({
      cursor: { t: 2, sub: 1 },
      playing: false,
    });
  });
});

describe('playFrom', () => {
  it('plays on from where the cursor is, or from the start when it is at the end', () => {
    expect(playFrom({ t: 1, sub: 1 }, bounds)).toEqual({ t: 1, sub: 1 });
    expect(playFrom({ t: 2, sub: 1 }, bounds)).toEqual({ t: 0, sub: 0 });
  });
});

describe('clampSpeed', () => {
  it('keeps speeds inside the limits and replaces non-finite ones by the default', () => {
    expect(clampSpeed(4)).toBe(4);
    expect(clampSpeed(0)).toBe(SPEED_LIMITS.min);
    expect(clampSpeed(1e6)).toBe(SPEED_LIMITS.max);
    expect(clampSpeed(NaN)).toBe(DEFAULT_SPEED);
  });
});

describe('the playback slice', () => {
  const fresh = () => {
    const store = createGateScopeStore({ sequence: { kind: 'sine', seqLen: 2 } });
    return { store, s: () => store.getState() };
  };

  it('starts paused at the default speed', () => {
    const { s } = fresh();
    expect([s().playing, s().speed]).toEqual([false, DEFAULT_SPEED]);
  });

  it('tick advances only while playing, and playback stops at the end', () => {
    const { s } = fresh();
    s().tick();
    expect(s().cursor).toEqual({ t: 0, sub: 0 });
    s().play();
    for (let k = 0; k < 20; k++) s().tick();
    expect(s().cursor).toEqual({ t: 1, sub: 5 });
    expect(s().playing).toBe(false);
  });

  it('togglePlay at the end starts again from the beginning', () => {
    const { s } = fresh();
    s().toEnd();
    s().togglePlay();
    expect([s().playing, s().cursor]).toEqual([true, { t: 0, sub: 0 }]);
    s().togglePlay();
    expect(s().playing).toBe(false);
  });

  it('stepping by hand pauses; scrubbing to a time step keeps playing', () => {
    const { s } = fresh();
    s().play();
    s().setTimeStep(1);
    expect([s().playing, s().cursor.t]).toEqual([true, 1]);
    s().stepBack();
    expect(s().playing).toBe(false);
    s().play();
    s().reset();
    expect([s().playing, s().cursor]).toEqual([false, { t: 0, sub: 0 }]);
  });

  it('playing never recomputes the trace', () => {
    const { s } = fresh();
    const trace = s().trace;
    s().play();
    for (let k = 0; k < 5; k++) s().tick();
    s().pause();
    expect(s().trace).toBe(trace);
  });

  it('setSpeed clamps', () => {
    const { s } = fresh();
    s().setSpeed(100);
    expect(s().speed).toBe(SPEED_LIMITS.max);
  });
});

describe('the ui slice', () => {
  it('opens and closes the help dialog', () => {
    const store = createGateScopeStore();
    store.getState().openHelp();
    expect(store.getState().helpOpen).toBe(true);
    store.getState().closeHelp();
    expect(store.getState().helpOpen).toBe(false);
  });
});
