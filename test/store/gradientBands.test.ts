import { describe, expect, it } from 'vitest';
import { gradientBands, gradientDomain, logDomainOver } from '../../src/store/gradientBands';

describe('gradientBands(last, T − 1)', () => {
  it('marks below 1e-6 × ‖g_{T−1}‖ as vanished and above 1e3 × ‖g_{T−1}‖ as exploded', () => {
    const [vanished, exploded] = gradientBands(0.5, 49);
    expect(vanished).toEqual({
      from: 0,
      to: 5e-7,
      label: 'vanished: below 10⁻⁶ × ‖∂L/∂h_49‖',
      tone: 'vanished',
    });
    expect(exploded).toEqual({
      from: 500,
      to: Infinity,
      label: 'exploded: above 10³ × ‖∂L/∂h_49‖',
      tone: 'exploded',
    });
    expect(gradientBands(2, 9, '∂L/∂c')[0].label).toBe('vanished: below 10⁻⁶ × ‖∂L/∂c_9‖');
  });

  it('has no bands without a positive finite reference', () => {
    expect(gradientBands(0, 49)).toEqual([]);
    expect(gradientBands(NaN, 49)).toEqual([]);
    expect(gradientBands(Infinity, 49)).toEqual([]);
  });
});

describe('logDomainOver(columns, extra) and gradientDomain(columns, bands)', () => {
  it('spans whole decades of the positive finite values, ignoring 0, negatives, NaN, ±Infinity', () => {
    expect(logDomainOver([[0.5, 3e-9, 0, -1, NaN, Infinity]])).toEqual([1e-9, 1]);
    expect(logDomainOver([[2, 3]])).toEqual([1, 10]);
    expect(logDomainOver([[1]])).toEqual([1, 10]);
    expect(logDomainOver([[0, NaN]])).toEqual([0.1, 10]);
    expect(logDomainOver([[0.5]], [20])).toEqual([0.1, 100]);
  });

  it('keeps both bands in view a decade past their edges', () => {
    // Bands at 5e-7 and 500: the domain reaches 5e-8 → 1e-8 and 5000 → 1e4.
    const bands = gradientBands(0.5, 49);
    expect(gradientDomain([[0.5, 0.1]], bands)).toEqual([1e-8, 1e4]);
    expect(gradientDomain([[0.5, 1e-12]], bands)).toEqual([1e-12, 1e4]);
  });
});
