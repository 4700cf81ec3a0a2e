import { describe, expect, it } from 'vitest';
import {
  describeColumn,
  describeMatrix,
  describeSeries,
  finiteRange,
} from '../../src/charts/describe';

describe('describeSeries(series)', () => {
  it('gives each series from its first to its last value', () => {
    expect(describeSeries([{ label: 'a', values: [0.5, 0.1, 3.1e-9] }])).toBe(
      '3 steps; a from 0.5 at t = 0 to 3.1e-9 at t = 2',
    );
  });

  it('says where a series overflows, and how many more there are', () => {
    const s = (label: string, values: number[]) => ({ label, values });
    expect(
      describeSeries([s('a', [1, NaN]), s('b', [1, 2]), s('c', [1, 2])], { limit: 2, first: 1 }),
    ).toBe('2 steps; a overflows at t = 2; b from 1 at t = 1 to 2 at t = 2; and 1 more');
  });
});

describe('describeMatrix(values, rows, cols)', () => {
  it('gives the size and the finite range', () => {
    expect(describeMatrix([0.25, 0.5, NaN, 0.75], 2, 2)).toBe(
      '2 units × 2 time steps, values from 0.25 to 0.75, 1 not finite',
    );
    expect(describeMatrix([NaN], 1, 1)).toBe('1 unit × 1 time step, no finite values');
  });
});

describe('finiteRange(values)', () => {
  it('skips non-finite values and counts them', () => {
    expect(finiteRange([3, -Infinity, -2])).toEqual({ min: -2, max: 3, nonFinite: 1 });
  });
});

describe('describeColumn(values, rows, c)', () => {
  it('reads a step of a few units out, and only the step for many', () => {
    const m = [0.1, 0.9, 0.2, 0.8];
    expect(describeColumn(m, 2, 1, { first: 1 })).toBe('t = 2: unit 1 0.2, unit 2 0.8');
    expect(describeColumn(m, 2, 0, { maxRows: 1 })).toBe('t = 0');
  });
});
