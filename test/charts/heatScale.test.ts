import { describe, expect, it } from 'vitest';
import { resolveHeatScale } from '../../src/charts/heatScale';
import { gateColour, signedColour } from '../../src/theme';

describe('resolveHeatScale', () => {
  it('diverging: 0, ±max and every level are signedColour’s, for any max', () => {
    for (const m of [0.3, 1, 7.5e3]) {
      const { domain, colour } = resolveHeatScale({ kind: 'diverging' }, [0.2 * m, -m, 0.5 * m]);
      expect(domain).toEqual([-m, m]);
      expect(colour(0)).toBe(signedColour(0, m));
      expect(colour(m)).toBe(signedColour(m, m));
      expect(colour(-m)).toBe(signedColour(-m, m));
      // Beyond the domain: clamped to its ends.
      expect(colour(3 * m)).toBe(signedColour(m, m));
      // Between levels: the colour of the nearest of 257 levels over [−m, m].
      for (const u of [-0.73, -0.1, 0.004, 0.5, 0.99]) {
        const level = Math.round(u * 128) / 128;
        expect(colour(u * m), `m = ${m}, u = ${u}`).toBe(signedColour(level, 1));
      }
    }
  });

  it('diverging with max 0 is the middle colour everywhere, not NaN', () => {
    const { colour } = resolveHeatScale({ kind: 'diverging', max: 0 }, [0, 0, 0]);
    for (const v of [0, 1, -1]) expect(colour(v)).toBe(signedColour(0, 1));
  });

  it('a new max changes the levels, not the colours: the same u gives the same colour', () => {
    const a = resolveHeatScale({ kind: 'diverging', max: 2 }, []).colour;
    const b = resolveHeatScale({ kind: 'diverging', max: 50 }, []).colour;
    expect(a(1)).toBe(b(25));
    expect(a(1)).not.toBe(b(1));
  });

  it('sequential: [0, 1] in gateColour’s colours at 256 levels', () => {
    const { domain, colour } = resolveHeatScale({ kind: 'sequential' }, []);
    expect(domain).toEqual([0, 1]);
    expect(colour(0)).toBe(gateColour(0));
    expect(colour(1)).toBe(gateColour(1));
    expect(colour(0.5)).toBe(gateColour(Math.round(0.5 * 255) / 255));
  });
});
