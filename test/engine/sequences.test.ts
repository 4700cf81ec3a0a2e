import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/rng';
import {
  impulse,
  noise,
  numberSequence,
  oneHotText,
  sineWave,
  squareWave,
} from '../../src/engine/sequences';

describe('input sequences', () => {
  it('sineWave(12) is one period of sin(2πt/12) rounded to 4 decimals, the same in every engine', () => {
    const s = sineWave(12);
    expect([s.seqLen, s.inputSize]).toEqual([12, 1]);
    expect(Array.from(s.x)).toEqual([
      0, 0.5, 0.866, 1, 0.866, 0.5, 0, -0.5, -0.866, -1, -0.866, -0.5,
    ]);
    expect(Array.from(sineWave(4, 2).x)).toEqual([0, 1, 1.7321, 2]);
    expect(s.tokens[2]).toBe('0.866');
  });

  it('squareWave alternates ±A every 4 steps; impulse is A at t = 0 and 0 after', () => {
    expect(Array.from(squareWave(10, 0.5).x)).toEqual([
      0.5, 0.5, 0.5, 0.5, -0.5, -0.5, -0.5, -0.5, 0.5, 0.5,
    ]);
    expect(Array.from(impulse(4, 3).x)).toEqual([3, 0, 0, 0]);
  });

  it('noise is seeded: same seed, same values', () => {
    const a = noise(20, createRng(5));
    expect(Array.from(a.x)).toEqual(Array.from(noise(20, createRng(5)).x));
    expect(Array.from(a.x)).not.toEqual(Array.from(noise(20, createRng(6)).x));
    expect(a.x.every((v) => Math.abs(v) < 6)).toBe(true);
  });

  it('numberSequence keeps the values and labels them to 4 significant digits', () => {
    const s = numberSequence([0.123456, -2, 1e-9]);
    expect(Array.from(s.x)).toEqual([0.123456, -2, 1e-9]);
    expect(s.tokens).toEqual(['0.1235', '-2', '1e-9']);
  });

  it('oneHotText codes each character (whole code points) against the text’s own vocabulary', () => {
    const s = oneHotText('但是但');
    expect(s.vocabulary).toEqual(['但', '是']);
    expect([s.seqLen, s.inputSize]).toEqual([3, 2]);
    expect(Array.from(s.x)).toEqual([1, 0, 0, 1, 1, 0]);
    expect(s.tokens).toEqual(['但', '是', '但']);
    expect(oneHotText('a😀').seqLen).toBe(2);
  });
});
