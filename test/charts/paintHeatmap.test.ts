import { describe, expect, it } from 'vitest';
import {
  colourRamp,
  NON_FINITE_FILL,
  paintHeatmap,
  type PaintContext,
} from '../../src/charts/paintHeatmap';

/** A 2D context that records what is painted: each fillRect with the fillStyle it used. */
function fakeContext() {
  const calls: string[] = [];
  const rects: { fill: string; x: number; y: number; w: number; h: number }[] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    fillRect(x: number, y: number, w: number, h: number) {
      rects.push({ fill: String(this.fillStyle), x, y, w, h });
    },
    clearRect: () => calls.push('clearRect'),
    beginPath: () => calls.push('beginPath'),
    moveTo: (x: number, y: number) => calls.push(`moveTo ${x},${y}`),
    lineTo: (x: number, y: number) => calls.push(`lineTo ${x},${y}`),
    stroke: () => calls.push('stroke'),
  };
  return { ctx: ctx as unknown as PaintContext, rects, calls };
}

describe('paintHeatmap(ctx, values, rows, cols, colour, box)', () => {
  it('fills one rect per cell: row r top to bottom, step c left to right, coloured by value', () => {
    const { ctx, rects, calls } = fakeContext();
    // 2 units × 3 steps, column-major: step c holds [unit 0, unit 1].
    paintHeatmap(ctx, [0, 1, 2, 3, 4, 5], 2, 3, (v) => `c${v}`, { width: 30, height: 20 });
    expect(calls[0]).toBe('clearRect');
    expect(rects).toEqual([
      { fill: 'c0', x: 0, y: 0, w: 10, h: 10 },
      { fill: 'c1', x: 0, y: 10, w: 10, h: 10 },
      { fill: 'c2', x: 10, y: 0, w: 10, h: 10 },
      { fill: 'c3', x: 10, y: 10, w: 10, h: 10 },
      { fill: 'c4', x: 20, y: 0, w: 10, h: 10 },
      { fill: 'c5', x: 20, y: 10, w: 10, h: 10 },
    ]);
  });

  it('rounds cell edges to whole pixels so neighbours meet without seams', () => {
    const { ctx, rects } = fakeContext();
    paintHeatmap(ctx, [0, 0, 0], 1, 3, () => 'x', { width: 10, height: 5 });
    expect(rects.map((r) => [r.x, r.w])).toEqual([
      [0, 3],
      [3, 4],
      [7, 3],
    ]);
    expect(rects.reduce((s, r) => s + r.w, 0)).toBe(10);
  });

  it('paints NaN and ±Infinity white with a cross, never through the colour function', () => {
    const { ctx, rects, calls } = fakeContext();
    const seen: number[] = [];
    paintHeatmap(ctx, [NaN, 0.5, Infinity], 1, 3, (v) => (seen.push(v), 'ok'), {
      width: 3,
      height: 1,
    });
    expect(seen).toEqual([0.5]);
    expect(rects.map((r) => r.fill)).toEqual([NON_FINITE_FILL, 'ok', NON_FINITE_FILL]);
    expect(calls.filter((c) => c.startsWith('moveTo'))).toHaveLength(4);
    expect(calls.at(-1)).toBe('stroke');
  });

  it('paints nothing for an empty matrix', () => {
    const { ctx, rects } = fakeContext();
    paintHeatmap(ctx, [], 0, 0, () => 'x', { width: 10, height: 10 });
    expect(rects).toEqual([]);
  });
});

describe('colourRamp(colour, domain, n)', () => {
  it('samples the colour function at n levels and clamps outside the domain', () => {
    const ramp = colourRamp((v) => v.toFixed(2), [0, 1], 5);
    expect([0, 0.26, 0.5, 1, -3, 9].map(ramp)).toEqual([
      '0.00',
      '0.25',
      '0.50',
      '1.00',
      '0.00',
      '1.00',
    ]);
  });
});
