import { describe, expect, it } from 'vitest';
import { safeLinearDomain, safeLogDomain, symmetricMax } from '../../src/charts/domain';

describe('safeLogDomain(columns)', () => {
  it('spans the positive finite values, widened to whole decades', () => {
    expect(safeLogDomain([[3e-9, 0.02, 5]])).toEqual([1e-9, 10]);
  });

  it('ignores zero, negatives, NaN and ±Infinity', () => {
    expect(safeLogDomain([[0, -1, NaN, Infinity, -Infinity, 0.5, 2]])).toEqual([0.1, 10]);
  });

  it('reads every column', () => {
    expect(safeLogDomain([[0.5], [200]])).toEqual([0.1, 1000]);
  });

  it('gives one decade at least when all values sit in one', () => {
    expect(safeLogDomain([[1, 1, 1]])).toEqual([1, 10]);
  });

  it('falls back when no value is positive and finite', () => {
    expect(safeLogDomain([[0, NaN, Infinity]])).toEqual([0.1, 10]);
    expect(safeLogDomain([], [1, 100])).toEqual([1, 100]);
  });

  it('stays representable for denormal and huge values', () => {
    const [lo, hi] = safeLogDomain([[5e-324, 1e308]]);
    expect(lo).toBeGreaterThan(0);
    expect(Number.isFinite(hi)).toBe(true);
  });
});

describe('safeLinearDomain(columns)', () => {
  it('spans the finite values only', () => {
    expect(safeLinearDomain([[NaN, -0.5, Infinity, 0.25]])).toEqual([-0.5, 0.25]);
  });

  it('includes zero when asked', () => {
    expect(safeLinearDomain([[2, 3]], { zero: true })).toEqual([0, 3]);
  });

  it('pads a flat line and falls back with no finite value', () => {
    expect(safeLinearDomain([[2, 2]])).toEqual([1, 3]);
    expect(safeLinearDomain([[0]])).toEqual([-1, 1]);
    expect(safeLinearDomain([[NaN]])).toEqual([0, 1]);
  });
});

describe('symmetricMax(columns)', () => {
  it('is the largest finite |v|, or 1', () => {
    expect(symmetricMax([[-3, 2, NaN, -Infinity]])).toBe(3);
    expect(symmetricMax([[0, 0]])).toBe(1);
    expect(symmetricMax([[NaN]])).toBe(1);
  });
});
