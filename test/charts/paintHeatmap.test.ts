import { describe, expect, it } from 'vitest';
import {
  colourRamp,
  heatmapPixels,
  NON_FINITE_FILL,
  nonFiniteCells,
  paintHeatmap,
  respread,
  type PaintContext,
} from '../../src/charts/paintHeatmap';

/** A 2D context that records the calls the painter makes. */
function fakeContext() {
  const calls: string[] = [];
  const ctx = {
    strokeStyle: '',
    lineWidth: 1,
    imageSmoothingEnabled: true,
    drawImage(_image: unknown, x: number, y: number, w: number, h: number) {
      calls.push(`drawImage ${x},${y},${w},${h} smoothing=${String(this.imageSmoothingEnabled)}`);
    },
    clearRect: () => calls.push('clearRect'),
    beginPath: () => calls.push('beginPath'),
    moveTo: (x: number, y: number) => calls.push(`moveTo ${x},${y}`),
    lineTo: (x: number, y: number) => calls.push(`lineTo ${x},${y}`),
    stroke: () => calls.push('stroke'),
  };
  return { ctx: ctx as unknown as PaintContext, calls };
}

/** The RGBA bytes of pixel (x, y) of a w-wide image. */
const pixel = (image: Uint8ClampedArray, w: number, x: number, y: number) =>
  Array.from(image.subarray((y * w + x) * 4, (y * w + x) * 4 + 4));

describe('heatmapPixels(values, rows, cols, colour)', () => {
  it('makes one pixel per cell: row r is y = r, step c is x = c, coloured by value', () => {
    // 2 units × 3 steps, column-major: step c holds [unit 0, unit 1].
    const grey = (v: number) => `rgb(${v * 10}, ${v * 10 + 1}, ${v * 10 + 2})`;
    const image = heatmapPixels([0, 1, 2, 3, 4, 5], 2, 3, grey);
    expect(image).toHaveLength(2 * 3 * 4);
    expect(pixel(image, 3, 0, 0)).toEqual([0, 1, 2, 255]);
    expect(pixel(image, 3, 0, 1)).toEqual([10, 11, 12, 255]);
    expect(pixel(image, 3, 1, 0)).toEqual([20, 21, 22, 255]);
    expect(pixel(image, 3, 1, 1)).toEqual([30, 31, 32, 255]);
    expect(pixel(image, 3, 2, 0)).toEqual([40, 41, 42, 255]);
    expect(pixel(image, 3, 2, 1)).toEqual([50, 51, 52, 255]);
  });

  it('reads hex and named colours, with their opacity', () => {
    const image = heatmapPixels(
      [0, 1, 2],
      1,
      3,
      (v) => ['#0072b2', 'white', 'rgba(255, 0, 0, 0.5)'][v],
    );
    expect(pixel(image, 3, 0, 0)).toEqual([0x00, 0x72, 0xb2, 255]);
    expect(pixel(image, 3, 1, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(image, 3, 2, 0)).toEqual([255, 0, 0, 128]);
  });

  it('paints NaN and ±Infinity white, never through the colour function', () => {
    const seen: number[] = [];
    const image = heatmapPixels([NaN, 0.5, Infinity, -Infinity], 1, 4, (v) => {
      seen.push(v);
      return 'black';
    });
    expect(seen).toEqual([0.5]);
    expect([0, 1, 2, 3].map((x) => pixel(image, 4, x, 0))).toEqual([
      [255, 255, 255, 255],
      [0, 0, 0, 255],
      [255, 255, 255, 255],
      [255, 255, 255, 255],
    ]);
    expect(NON_FINITE_FILL).toBe('#ffffff');
  });
});

describe('nonFiniteCells(values, rows, cols)', () => {
  it('lists [column, row] of each NaN or ±Infinity', () => {
    expect(nonFiniteCells([0, NaN, 1, 2, -Infinity, 3], 2, 3)).toEqual([
      [0, 1],
      [2, 0],
    ]);
  });
});

describe('paintHeatmap(ctx, image, rows, cols, crossed, box)', () => {
  it('clears, then scales the image over the box without smoothing', () => {
    const { ctx, calls } = fakeContext();
    paintHeatmap(ctx, {} as CanvasImageSource, 2, 3, [], { width: 30, height: 20 });
    expect(calls).toEqual(['clearRect', 'drawImage 0,0,30,20 smoothing=false']);
  });

  it('crosses out the non-finite cells corner to corner, on whole pixels', () => {
    const { ctx, calls } = fakeContext();
    paintHeatmap(ctx, {} as CanvasImageSource, 1, 3, [[1, 0]], { width: 10, height: 5 });
    // Column 1 of 3 over 10 px spans x = round(10/3) = 3 to round(20/3) = 7.
    expect(calls.slice(2)).toEqual([
      'beginPath',
      'moveTo 3,0',
      'lineTo 7,5',
      'moveTo 7,0',
      'lineTo 3,5',
      'stroke',
    ]);
  });

  it('paints nothing for an empty matrix', () => {
    const { ctx, calls } = fakeContext();
    paintHeatmap(ctx, {} as CanvasImageSource, 0, 0, [], { width: 10, height: 10 });
    expect(calls).toEqual(['clearRect']);
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

  it('gives heatmapPixels the pixels its colours give, read from its packed words', () => {
    const ramp = colourRamp(
      (v) => `rgba(${Math.round(v * 255)}, 20, ${255 - v * 200}, 0.8)`,
      [0, 1],
    );
    const values = Array.from({ length: 300 }, (_, k) => (k % 7 === 3 ? NaN : k / 250 - 0.1));
    // The same ramp through its CSS strings only (a plain function, no `words`).
    const viaCss = heatmapPixels(values, 12, 25, (v) => ramp(v));
    const viaWords = heatmapPixels(values, 12, 25, ramp);
    expect(Array.from(viaWords)).toEqual(Array.from(viaCss));
    expect(ramp.words).toHaveLength(256);
    expect(pixel(viaWords, 25, 0, 3)).toEqual([255, 255, 255, 255]); // the NaN at k = 3
  });
});

describe('respread(ramp, domain)', () => {
  const ramp = colourRamp((v) => `rgb(${Math.round((v + 1) * 100)}, 0, 0)`, [-1, 1], 5);

  it('spreads the same colours over the new domain, without making any', () => {
    const wide = respread(ramp, [-10, 10]);
    expect([-10, -5, 0, 4.9, 10, 99].map(wide)).toEqual([-1, -0.5, 0, 0.5, 1, 1].map(ramp));
    expect(wide.words).toBe(ramp.words);
    expect(wide.table).toBe(ramp.table);
  });

  it('gives every value the middle colour over an empty domain', () => {
    const flat = respread(ramp, [0, 0]);
    expect([-3, 0, 3].map(flat)).toEqual(['rgb(100, 0, 0)', 'rgb(100, 0, 0)', 'rgb(100, 0, 0)']);
  });

  it('paints through its words what its colours say', () => {
    const wide = respread(ramp, [-10, 10]);
    const values = Array.from({ length: 60 }, (_, k) => (k % 11 === 5 ? Infinity : k / 2 - 15));
    const viaCss = heatmapPixels(values, 6, 10, (v) => wide(v));
    expect(Array.from(heatmapPixels(values, 6, 10, wide))).toEqual(Array.from(viaCss));
  });
});
