import { describe, expect, it } from 'vitest';
import { breakMarkers, isPlottable, seriesBreaks } from '../../src/charts/breaks';

describe('seriesBreaks(values, log)', () => {
  it('finds the first NaN or ±Infinity as the overflow', () => {
    expect(seriesBreaks([1, 2, Infinity, NaN], false)).toEqual({ overflow: 2, zero: null });
    expect(seriesBreaks([1, NaN], false)).toEqual({ overflow: 1, zero: null });
  });

  it('on a log axis, also the first zero or negative value', () => {
    expect(seriesBreaks([1, 0, 0, -Infinity], true)).toEqual({ overflow: 3, zero: 1 });
    expect(seriesBreaks([1, 0], false)).toEqual({ overflow: null, zero: null });
  });
});

describe('isPlottable(v, log)', () => {
  it('accepts finite values on a linear axis and positive finite ones on a log axis', () => {
    expect([0, -1, NaN, Infinity].map((v) => isPlottable(v, false))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([1e-300, 0, -1, Infinity].map((v) => isPlottable(v, true))).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('seriesBreaks(values, log, "end")', () => {
  it('finds the overflow where a backward computation met it: the latest non-finite step', () => {
    // BPTT runs from t = 4 down: it overflowed at t = 2 and stayed non-finite down to t = 0.
    expect(seriesBreaks([NaN, Infinity, Infinity, 1e300, 1], false, 'end')).toEqual({
      overflow: 2,
      zero: null,
    });
    expect(seriesBreaks([1, 0, 2, 0, 3], true, 'end')).toEqual({ overflow: null, zero: 3 });
  });
});

describe('breakMarkers(columns, log, stepOf)', () => {
  it('labels each first overflow and zero by its shown step, sorted and deduplicated', () => {
    const markers = breakMarkers(
      [
        [1, Infinity],
        [1, NaN],
        [0, 1],
      ],
      true,
      (i) => i,
    );
    expect(markers).toEqual([
      { at: 0, kind: 'zero', label: 'zero at t = 0, below the log axis' },
      { at: 1, kind: 'overflow', label: 'overflow at t = 1' },
    ]);
  });

  it('numbers steps with stepOf', () => {
    expect(breakMarkers([[1, 1, NaN]], false, (i) => i + 1)[0].label).toBe('overflow at t = 3');
  });
});

describe('<LineChart breaksFrom="end">', () => {
  it('marks and describes a gradient’s overflow at the step where it began', () => {
    expect(breakMarkers([[NaN, NaN, 5, 1]], true, (i) => i, 'end')[0].label).toBe(
      'overflow at t = 1',
    );
  });
});
