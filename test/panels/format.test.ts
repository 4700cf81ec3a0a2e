import { describe, expect, it } from 'vitest';
import { formatValue, fullValue } from '../../src/panels/format';

describe('formatValue', () => {
  it('writes 4 significant digits in plain notation that copies cleanly', () => {
    expect(formatValue(-0.41273)).toBe('-0.4127');
    expect(formatValue(3.1e-9)).toBe('3.1e-9');
    expect(formatValue(12345.6)).toBe('12350');
    expect(formatValue(0)).toBe('0');
  });

  it('writes non-finite values as words', () => {
    expect(formatValue(Infinity)).toBe('Infinity');
    expect(formatValue(-Infinity)).toBe('-Infinity');
    expect(formatValue(NaN)).toBe('NaN');
  });
});

describe('fullValue', () => {
  it('reads back as exactly the same double', () => {
    const v = 0.1 + 0.2;
    expect(Number(fullValue(v))).toBe(v);
  });
});
