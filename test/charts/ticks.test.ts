import { describe, expect, it } from 'vitest';
import { logTicks, niceStep, stepTicks, unitTicks } from '../../src/charts/ticks';

describe('stepTicks(n, maxTicks)', () => {
  it('labels every step when they fit', () => {
    expect(stepTicks(5, 10)).toEqual([0, 1, 2, 3, 4]);
  });

  it('thins to every 1, 2, 5, 10, … steps', () => {
    expect(stepTicks(50, 8)).toEqual([0, 10, 20, 30, 40]);
    expect(stepTicks(12, 5)).toEqual([0, 5, 10]);
    expect(stepTicks(500, 12)).toEqual([0, 50, 100, 150, 200, 250, 300, 350, 400, 450]);
  });

  it('gives nothing for no steps and index 0 for a tiny width', () => {
    expect(stepTicks(0, 5)).toEqual([]);
    expect(stepTicks(3, 0)).toEqual([0]);
  });
});

describe('niceStep(raw)', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0.3, 1, 1.5, 3, 7, 11, 40, 60].map(niceStep)).toEqual([1, 1, 2, 5, 10, 20, 50, 100]);
  });
});

describe('logTicks(domain, maxTicks)', () => {
  it('returns the exact decades inside the domain', () => {
    expect(logTicks([1e-2, 1e2], 10)).toEqual([1e-2, 1e-1, 1, 10, 100]);
  });

  it('thins to every m-th decade at multiples of m', () => {
    expect(logTicks([1e-12, 1], 5)).toEqual([1e-12, 1e-9, 1e-6, 1e-3, 1].map((v) => v));
  });
});

describe('unitTicks(n, maxTicks)', () => {
  it('labels rows counted from 1: the first, then every k-th number', () => {
    expect(unitTicks(4, 10)).toEqual([0, 1, 2, 3]);
    expect(unitTicks(64, 8).map((r) => r + 1)).toEqual([1, 10, 20, 30, 40, 50, 60]);
    expect(unitTicks(0, 3)).toEqual([]);
  });
});
