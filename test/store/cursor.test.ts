import { describe, expect, it } from 'vitest';
import {
  START,
  atTimeStep,
  clampCursor,
  endOf,
  isAtEnd,
  isAtStart,
  nextSubstep,
  previousSubstep,
} from '../../src/store/cursor';

const bounds = { seqLen: 3, substeps: 2 };

describe('cursor', () => {
  it('nextSubstep walks every sub-step of every time step, then stays at the end', () => {
    const seen = [START];
    for (let k = 0; k < 7; k++) seen.push(nextSubstep(seen[seen.length - 1], bounds));
    expect(seen.map((c) => [c.t, c.sub])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 0],
      [2, 1],
      [2, 1],
      [2, 1],
    ]);
    expect(isAtEnd(seen[5], bounds)).toBe(true);
  });

  it('previousSubstep borrows from the previous time step and stays at the start', () => {
    expect(previousSubstep({ t: 1, sub: 0 }, bounds)).toEqual({ t: 0, sub: 1 });
    expect(previousSubstep({ t: 1, sub: 1 }, bounds)).toEqual({ t: 1, sub: 0 });
    expect(previousSubstep(START, bounds)).toBe(START);
    expect(isAtStart(START)).toBe(true);
  });

  it('atTimeStep keeps the sub-step and clamps t to 0 … T − 1', () => {
    expect(atTimeStep({ t: 0, sub: 1 }, 2, bounds)).toEqual({ t: 2, sub: 1 });
    expect(atTimeStep({ t: 0, sub: 1 }, 9, bounds)).toEqual({ t: 2, sub: 1 });
    expect(atTimeStep({ t: 2, sub: 1 }, -4, bounds)).toEqual({ t: 0, sub: 1 });
  });

  it('clampCursor returns the same object when already inside', () => {
    const c = { t: 1, sub: 1 };
    expect(clampCursor(c, bounds)).toBe(c);
    expect(clampCursor({ t: 5, sub: 5 }, bounds)).toEqual(endOf(bounds));
    expect(clampCursor({ t: 1.6, sub: -1 }, bounds)).toEqual({ t: 2, sub: 0 });
  });
});
