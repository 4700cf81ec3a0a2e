import { describe, expect, it } from 'vitest';
import {
  placeStrip,
  signedDomain,
  stripKeyTarget,
  stripLayout,
} from '../../src/charts/stripLayout';

const box = { width: 92, height: 68, maxCell: 22, gap: 3 };

describe('stripLayout', () => {
  it('lays a short vector out in one row of capped cells', () => {
    const s = stripLayout(4, box);
    expect([s.columns, s.rows]).toEqual([4, 1]);
    expect(s.cell).toBeCloseTo((92 - 9) / 4, 12);
    expect(s.cells.map((c) => c.x)).toEqual([0, 1, 2, 3].map((k) => k * (s.cell + 3)));
    expect(stripLayout(2, box).cell).toBe(22);
  });

  it('wraps large vectors into balanced rows that fit the box', () => {
    for (const n of [16, 20, 32, 64, 100]) {
      const s = stripLayout(n, box);
      expect(s.columns * s.rows, `n = ${n}`).toBeGreaterThanOrEqual(n);
      expect(s.columns * (s.rows - 1)).toBeLessThan(n); // no empty last row
      expect(s.width).toBeLessThanOrEqual(92 + 1e-9);
      expect(s.height).toBeLessThanOrEqual(68 + 1e-9);
      expect(s.rows).toBeGreaterThan(1);
      const last = s.cells[n - 1];
      expect(last.y).toBeCloseTo((s.rows - 1) * (s.cell + 3), 9);
    }
    expect(stripLayout(20, { ...box, width: 200, height: 40 }).columns).toBe(10); // 10 + 10, not 16 + 4
  });

  it('handles an empty vector', () => {
    expect(stripLayout(0, box)).toMatchObject({ width: 0, height: 0, cells: [] });
  });

  it('placeStrip centres the strip in its box', () => {
    const p = placeStrip(4, { x: 10, y: 20, ...box });
    expect(p.x + p.layout.width / 2).toBeCloseTo(10 + 46, 12);
    expect(p.y + p.layout.height / 2).toBeCloseTo(20 + 34, 12);
  });
});

describe('stripKeyTarget', () => {
  it('moves by one, by a row and to the ends, stopping at the edges', () => {
    expect(stripKeyTarget('ArrowRight', 3, 10, 4)).toBe(4);
    expect(stripKeyTarget('ArrowLeft', 0, 10, 4)).toBe(0);
    expect(stripKeyTarget('ArrowRight', 9, 10, 4)).toBe(9);
    expect(stripKeyTarget('ArrowDown', 1, 10, 4)).toBe(5);
    expect(stripKeyTarget('ArrowDown', 7, 10, 4)).toBe(7);
    expect(stripKeyTarget('ArrowUp', 5, 10, 4)).toBe(1);
    expect(stripKeyTarget('Home', 5, 10, 4)).toBe(0);
    expect(stripKeyTarget('End', 5, 10, 4)).toBe(9);
    expect(stripKeyTarget('a', 5, 10, 4)).toBeNull();
  });
});

describe('signedDomain', () => {
  it('is the largest finite |v|, at least 1', () => {
    expect(signedDomain([[0.2, -0.5]])).toBe(1);
    expect(signedDomain([[0.2, -2.5], new Float64Array([1.5, Infinity, NaN])])).toBe(2.5);
  });
});
