import { describe, expect, it } from 'vitest';
import { fileSlug, formatDecade, formatLogTick, formatPlain } from '../../src/charts/format';

describe('formatPlain(v)', () => {
  it('writes 4 significant digits in plain notation', () => {
    expect(formatPlain(-0.41273)).toBe('-0.4127');
    expect(formatPlain(3.14159e-9)).toBe('3.142e-9');
    expect(formatPlain(3.1e-9)).toBe('3.1e-9');
    expect(formatPlain(123456)).toBe('123500');
    expect(formatPlain(0.5)).toBe('0.5');
  });

  it('writes non-finite values as Infinity, -Infinity and NaN', () => {
    expect(formatPlain(Infinity)).toBe('Infinity');
    expect(formatPlain(-Infinity)).toBe('-Infinity');
    expect(formatPlain(NaN)).toBe('NaN');
  });

  it('writes negative zero as 0', () => {
    expect(formatPlain(-0)).toBe('0');
  });

  it("formatPlain(v, 'full') reads back as exactly the same double", () => {
    for (const v of [Math.PI, -1 / 3, 3.1e-9, 1e-310, 1.7976931348623157e308]) {
      expect(Number(formatPlain(v, 'full'))).toBe(v);
    }
  });

  it('writes text that Number() reads back to the shown digits', () => {
    for (const v of [2.5e-12, -7.77e21, 0.000123]) expect(Number(formatPlain(v))).toBe(v);
  });
});

describe('formatDecade(k) and formatLogTick(v)', () => {
  it('writes 10ᵏ with a superscript exponent', () => {
    expect(formatDecade(-9)).toBe('10⁻⁹');
    expect(formatDecade(0)).toBe('10⁰');
    expect(formatDecade(12)).toBe('10¹²');
  });

  it('writes decades as 10ᵏ and other values plainly', () => {
    expect(formatLogTick(1e-6)).toBe('10⁻⁶');
    expect(formatLogTick(1000)).toBe('10³');
    expect(formatLogTick(0.02)).toBe('0.02');
  });
});

describe('fileSlug(title)', () => {
  it('turns a title into a file name', () => {
    expect(fileSlug('Gate activations: forget gate f')).toBe('gate-activations-forget-gate-f');
    expect(fileSlug('‖∂L/∂h_t‖')).toBe('l-h-t');
    expect(fileSlug('∏')).toBe('chart');
  });
});
