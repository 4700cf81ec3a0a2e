import { describe, expect, it } from 'vitest';
import {
  bandsCaption,
  gradientBands,
  gradientDomain,
  logDomainOver,
} from '../../src/store/gradientBands';

describe('gradientBands(‖g_{T−1}‖)', () => {
  it('marks below 1e-6 × ‖g_{T−1}‖ as vanished and above 1e3 × ‖g_{T−1}‖ as exploded', () => {
    expect(gradientBands(0.5)).toEqual([
      { from: 0, to: 5e-7, label: 'vanished', tone: 'vanished' },
      { from: 500, to: Infinity, label: 'exploded', tone: 'exploded' },
    ]);
  });

  it('has no bands without a positive finite reference', () => {
    expect(gradientBands(0)).toEqual([]);
    expect(gradientBands(NaN)).toEqual([]);
    expect(gradientBands(Infinity)).toEqual([]);
  });

  it('says what the bands mean', () => {
    expect(bandsCaption(49)).toBe(
      'Shaded: vanished below 10⁻⁶ × ‖∂L/∂h_49‖, exploded above 10³ × ‖∂L/∂h_49‖.',
    );
    expect(bandsCaption(9, '∂L/∂c')).toContain('‖∂L/∂c_9‖');
  });
});

describe('logDomainOver(columns, extra)', () => {
  it('spans whole decades of the positive finite values, ignoring 0, negatives, NaN, ±Infinity', () => {
    expect(logDomainOver([[0.5, 3e-9, 0, -1, NaN, Infinity]])).toEqual([1e-9, 1]);
    expect(logDomainOver([[2, 3]])).toEqual([1, 10]);
    expect(logDomainOver([[1]])).toEqual([1, 10]);
    expect(logDomainOver([[0, NaN]])).toEqual([0.1, 10]);
    expect(logDomainOver([[0.5]], [20])).toEqual([0.1, 100]);
  });
});

describe('gradientDomain(columns, bands)', () => {
  it('widens past each band edge by 12% of the decades shown (at least one)', () => {
    // Data 0.1 … 0.5, edges 5e-7 and 500: decades −7 … 3 (10 of them), padded by ⌈1.2⌉ = 2.
    const bands = gradientBands(0.5);
    expect(gradientDomain([[0.5, 0.1]], bands)).toEqual([1e-9, 1e5]);
    // Data down to 1e-12: decades −12 … 3 (15), pad ⌈1.8⌉ = 2; the data already reach below.
    expect(gradientDomain([[0.5, 1e-12]], bands)).toEqual([1e-12, 1e5]);
    // 60 decades of data: pad ⌈7.32⌉ = 8 decades above the exploded edge at 10³ × 0.5.
    expect(gradientDomain([[0.5, 1e-58]], bands)).toEqual([1e-58, 1e11]);
  });

  it('is the data’s decades without bands', () => {
    expect(gradientDomain([[0.5, 1e-3]], [])).toEqual([1e-3, 1]);
  });
});
