import { describe, expect, it } from 'vitest';
import { SPARK_HEIGHT, sparkline } from '../../../src/panels/timeline/sparkline';

describe('sparkline', () => {
  it('puts step t at x = t + 0.5 and splits the line at the last computed step', () => {
    const g = sparkline(Float64Array.from([0, 1, -1, 0.5]), 1);
    expect(g.done).toMatch(/^M0\.5,[\d.]+L1\.5,[\d.]+$/);
    expect(g.ahead).toMatch(/^M1\.5,[\d.]+L2\.5,[\d.]+L3\.5,[\d.]+$/);
  });

  it('draws nothing as done before the first step is computed', () => {
    const g = sparkline(Float64Array.from([0.2, 0.4]), -1);
    expect(g.done).toBe('');
    expect(g.ahead.startsWith('M0.5,')).toBe(true);
  });

  it('the domain holds 0 and every value, and larger values sit higher', () => {
    const g = sparkline(Float64Array.from([0.2, 0.4, 0.3]), 2);
    expect(g.domain[0]).toBeLessThanOrEqual(0);
    expect(g.domain[1]).toBeGreaterThanOrEqual(0.4);
    expect(g.ys[1]).toBeLessThan(g.ys[0]);
    expect(g.zero).toBeLessThanOrEqual(SPARK_HEIGHT);
  });

  it('a constant output stays flat instead of being blown up', () => {
    const g = sparkline(Float64Array.from([1e-6, 1.1e-6, 1e-6]), 2);
    expect(Math.abs(g.ys[1] - g.ys[0])).toBeLessThan(0.01);
  });

  it('breaks the line at non-finite values', () => {
    const g = sparkline(Float64Array.from([0, NaN, 1, Infinity, 2]), 4);
    expect(g.done.match(/M/g)).toHaveLength(3); // three pieces: t = 0, 2, 4
    expect(Number.isNaN(g.ys[1])).toBe(true);
    expect(g.domain[1]).toBeGreaterThanOrEqual(2);
  });
});
