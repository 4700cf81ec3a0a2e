import { describe, expect, it } from 'vitest';
import { dataOf, matrixColumns, once, stepIndex, toCsv } from '../../src/charts/data';

describe('stepIndex(n, first)', () => {
  it('numbers steps from first', () => {
    expect(Array.from(stepIndex(3))).toEqual([0, 1, 2]);
    expect(Array.from(stepIndex(2, 1))).toEqual([1, 2]);
  });
});

describe('matrixColumns(values, rows, cols, label)', () => {
  it('splits a column-major (T, H) matrix into one column per unit, indexed by step', () => {
    // 3 steps × 2 units: step c holds [u0, u1] at values[2c], values[2c + 1].
    const cols = matrixColumns([10, 20, 11, 21, 12, 22], 2, 3, (r) => `unit ${r + 1}`);
    expect(cols.map((c) => c.label)).toEqual(['unit 1', 'unit 2']);
    expect(cols.map((c) => Array.from(c.values))).toEqual([
      [10, 11, 12],
      [20, 21, 22],
    ]);
  });
});

describe('toCsv(data)', () => {
  it('writes a header and one CRLF line per step, in full precision', () => {
    const csv = toCsv({
      indexLabel: 't',
      index: [0, 1],
      columns: [
        { label: 'a', values: [Math.PI, -0.5] },
        { label: 'b', values: [NaN, Infinity] },
      ],
    });
    expect(csv).toBe('t,a,b\r\n0,3.141592653589793,NaN\r\n1,-0.5,Infinity\r\n');
  });

  it('quotes headers holding commas, quotes or line breaks', () => {
    const csv = toCsv({
      indexLabel: 't',
      index: [],
      columns: [{ label: 'f, "gate"', values: [] }],
    });
    expect(csv).toBe('t,"f, ""gate"""\r\n');
  });
});

describe('once(build) and dataOf(source)', () => {
  it('once builds on the first call only and returns that value after', () => {
    let calls = 0;
    const get = once(() => ({ n: ++calls }));
    expect(calls).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(calls).toBe(1);
  });

  it('dataOf returns a chart’s data as given, or built by its function', () => {
    const data = { indexLabel: 't', index: [0], columns: [{ label: 'a', values: [1] }] };
    expect(dataOf(data)).toBe(data);
    expect(dataOf(() => data)).toBe(data);
  });
});
