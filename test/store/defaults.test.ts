import { describe, expect, it } from 'vitest';
import { sineInput } from '../../src/store';

describe('sineInput', () => {
  it('is one period of a sine wave rounded to 4 decimals, the same in every engine', () => {
    const { seqLen, batch, x } = sineInput(12);
    expect([seqLen, batch]).toEqual([12, 1]);
    expect(Array.from(x)).toEqual([
      0, 0.5, 0.866, 1, 0.866, 0.5, 0, -0.5, -0.866, -1, -0.866, -0.5,
    ]);
  });
});
