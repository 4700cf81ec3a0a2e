import { describe, expect, it } from 'vitest';
import {
  formatTimes,
  gradientRatio,
  ratioSentence,
  verdictOf,
} from '../../src/store/gradientRatio';

/** A curve of T steps with ‖g_0‖ = first and ‖g_{T−1}‖ = last (geometric in between). */
function curve(T: number, first: number, last: number): Float64Array {
  return Float64Array.from({ length: T }, (_, t) => first * (last / first) ** (t / (T - 1)));
}

describe('verdictOf(r)', () => {
  it('is vanished below 1e-6, shrank below 1e-2, exploded above 1e3, grew above 1, else survived', () => {
    expect(verdictOf(9.9e-7)).toBe('vanished');
    expect(verdictOf(1e-6)).toBe('shrank');
    expect(verdictOf(2.9e-5)).toBe('shrank');
    expect(verdictOf(0.0099)).toBe('shrank');
    expect(verdictOf(0.01)).toBe('survived');
    expect(verdictOf(0.5)).toBe('survived');
    expect(verdictOf(1)).toBe('survived');
    expect(verdictOf(1.01)).toBe('grew');
    expect(verdictOf(1e3)).toBe('grew');
    expect(verdictOf(1000.1)).toBe('exploded');
    expect(verdictOf(0)).toBe('vanished');
  });

  it('is overflowed for ±Infinity and none for NaN', () => {
    expect(verdictOf(Infinity)).toBe('overflowed');
    expect(verdictOf(NaN)).toBe('none');
  });
});

describe('formatTimes(v)', () => {
  it('writes two significant digits, plain between 0.001 and 1000', () => {
    expect(formatTimes(0.021)).toBe('0.021');
    expect(formatTimes(12.34)).toBe('12');
    expect(formatTimes(0.5)).toBe('0.5');
    expect(formatTimes(0.001)).toBe('0.001');
  });

  it('writes m × 10ᵏ outside, and a bare 10ᵏ when m is 1', () => {
    expect(formatTimes(3.1e-9)).toBe('3.1 × 10⁻⁹');
    expect(formatTimes(3.14159e-9)).toBe('3.1 × 10⁻⁹');
    expect(formatTimes(2.4e5)).toBe('2.4 × 10⁵');
    expect(formatTimes(1e-6)).toBe('10⁻⁶');
    expect(formatTimes(1e3)).toBe('10³');
    expect(formatTimes(1.4e-11)).toBe('1.4 × 10⁻¹¹');
  });

  it('writes 0 and non-finite values as such', () => {
    expect(formatTimes(0)).toBe('0');
    expect(formatTimes(Infinity)).toBe('Infinity');
    expect(formatTimes(NaN)).toBe('NaN');
  });
});

describe('gradientRatio(norms) and ratioSentence(…)', () => {
  it('reads the example of the issue: 3.1e-9 at t = 0 against 1 at t = 49 has vanished', () => {
    const r = gradientRatio(curve(50, 3.1e-9, 1));
    expect(r.ratio).toBeCloseTo(3.1e-9, 20);
    expect(r).toMatchObject({ verdict: 'vanished', last: 49, overflowAt: null });
    expect(ratioSentence(r)).toBe(
      'The gradient reaching t = 0 is 3.1 × 10⁻⁹ of the one at t = 49: it has vanished.',
    );
  });

  it('says "times the one" above 1: grew up to 1e3, exploded beyond', () => {
    expect(ratioSentence(gradientRatio([12, 3, 1]))).toBe(
      'The gradient reaching t = 0 is 12 times the one at t = 2: it grew.',
    );
    expect(ratioSentence(gradientRatio([2.4e5, 1]))).toBe(
      'The gradient reaching t = 0 is 2.4 × 10⁵ times the one at t = 1: it has exploded.',
    );
  });

  it('says a gradient between 1e-6 and 1e-2 of the last step’s has shrunk, not survived', () => {
    expect(ratioSentence(gradientRatio([2.9e-5, 1e-3, 1]))).toBe(
      'The gradient reaching t = 0 is 2.9 × 10⁻⁵ of the one at t = 2: it has shrunk, though not vanished.',
    );
  });

  it('names the gradient it is about', () => {
    expect(ratioSentence(gradientRatio([0.3, 1]), 'cell-state gradient')).toBe(
      'The cell-state gradient reaching t = 0 is 0.3 of the one at t = 1: it has survived.',
    );
  });

  it('finds an overflow going back from the last step (where BPTT meets it first)', () => {
    const r = gradientRatio([NaN, NaN, Infinity, 5, 1]);
    expect(r).toMatchObject({ verdict: 'overflowed', overflowAt: 2, ratio: Infinity });
    expect(ratioSentence(r)).toBe(
      'Going back from t = 4, the gradient overflowed at t = 2: it has exploded past what a ' +
        '64-bit float can hold.',
    );
  });

  it('has nothing to compare with one step or a zero last step; says "exactly zero" for 0', () => {
    expect(ratioSentence(gradientRatio([0.4]))).toBe(
      'With one time step there is no earlier step for the gradient to reach.',
    );
    const zero = gradientRatio([0.4, 0]);
    expect(zero.verdict).toBe('none');
    expect(ratioSentence(zero)).toBe('The gradient at t = 1 is zero: there is nothing to compare.');
    expect(ratioSentence(gradientRatio([0, 0.4]))).toBe(
      'The gradient reaching t = 0 is exactly zero: it has vanished.',
    );
  });
});
