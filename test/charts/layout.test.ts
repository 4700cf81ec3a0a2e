import { describe, expect, it } from 'vitest';
import { resolveHeatScale } from '../../src/charts/heatScale';
import { indexAt, plotBox, stepScale, valueScale } from '../../src/charts/layout';
import { legendLayout } from '../../src/charts/legendLayout';
import { gateColour, signedColour } from '../../src/theme';

describe('stepScale(n, width) and indexAt(x, n, width)', () => {
  it('centres step i in the i-th of n equal columns', () => {
    const x = stepScale(4, 400);
    expect([0, 1, 3].map(x)).toEqual([50, 150, 350]);
  });

  it('maps a pointer x back to its column, clamped', () => {
    expect([0, 99, 100, 399, 450, -5].map((px) => indexAt(px, 4, 400))).toEqual([0, 0, 1, 3, 3, 0]);
  });
});

describe('plotBox(width, height)', () => {
  it('leaves the margins and never collapses', () => {
    const box = plotBox(640, 220, { top: 10, right: 20, bottom: 30, left: 40 });
    expect(box).toEqual({ left: 40, top: 10, width: 580, height: 180 });
    expect(plotBox(10, 10).width).toBeGreaterThan(0);
  });
});

describe('valueScale(kind, domain, height)', () => {
  it('maps low values to the bottom, on a log axis by decades', () => {
    const y = valueScale('log', [1e-6, 1], 60);
    expect([1e-6, 1e-3, 1].map((v) => Math.round(y(v)))).toEqual([60, 30, 0]);
  });
});

describe('legendLayout(labels, width)', () => {
  it('places entries left to right and wraps when the width runs out', () => {
    const { slots, height } = legendLayout(['unit 1', 'unit 2', 'unit 3'], 160);
    expect(slots[0]).toEqual({ x: 0, y: 0 });
    expect(slots[1].y).toBe(0);
    expect(slots[2]).toEqual({ x: 0, y: 18 });
    expect(height).toBe(36);
    expect(legendLayout([], 100).height).toBe(0);
  });
});

describe('resolveHeatScale(scale, values)', () => {
  it('sequential: the theme gate colours on [0, 1]', () => {
    const s = resolveHeatScale({ kind: 'sequential' }, [0.2]);
    expect(s.domain).toEqual([0, 1]);
    expect(s.colour(0)).toBe(gateColour(0));
    expect(s.colour(1)).toBe(gateColour(1));
    expect(s.ticks.map((t) => t.label)).toEqual(['0', '0.5', '1']);
  });

  it('diverging: symmetric around 0 from the largest finite |value|, white at 0', () => {
    const s = resolveHeatScale({ kind: 'diverging' }, [-0.5, 2, NaN]);
    expect(s.domain).toEqual([-2, 2]);
    expect(s.colour(-2)).toBe(signedColour(-2, 2));
    expect(s.ticks.map((t) => t.label)).toEqual(['−2', '0', '2']);
    expect(resolveHeatScale({ kind: 'diverging', max: 1 }, [5]).domain).toEqual([-1, 1]);
  });
});
