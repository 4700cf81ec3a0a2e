import { describe, expect, it } from 'vitest';
import {
  formatNumberList,
  parseNumberList,
  readInput,
} from '../../../src/panels/sequenceEditor/parseNumbers';

describe('parseNumberList', () => {
  it('reads numbers separated by commas, semicolons, spaces or new lines', () => {
    expect(parseNumberList('1, -0.5;2e-3\n.25  +3', 500)).toEqual({
      values: [1, -0.5, 0.002, 0.25, 3],
      marks: [],
      message: null,
    });
  });

  it('accepts the typographic minus and the full-width comma', () => {
    expect(parseNumberList('−1，2、3', 500).values).toEqual([-1, 2, 3]);
  });

  it('tolerates separators at the ends', () => {
    expect(parseNumberList(' ,1, 2, ', 500).values).toEqual([1, 2]);
  });

  it('marks each wrong entry at its position and names it', () => {
    const text = '1, abc, 2, 0x10';
    const r = parseNumberList(text, 500);
    expect(r.values).toBeNull();
    expect(r.marks.map((m) => text.slice(m.start, m.end))).toEqual(['abc', '0x10']);
    expect(r.message).toBe('2 entries are not numbers: “abc” (entry 2), “0x10” (entry 4).');
  });

  it('names a single wrong entry, including one too large to be finite', () => {
    expect(parseNumberList('1 1e999', 500).message).toBe('“1e999” (entry 2) is not a number.');
    expect(parseNumberList('NaN', 500).message).toBe('“NaN” (entry 1) is not a number.');
  });

  it('says an empty list is empty', () => {
    expect(parseNumberList(' , ', 500)).toEqual({
      values: null,
      marks: [],
      message: 'The list is empty: type at least one number.',
    });
  });

  it('marks the entries past the maximum', () => {
    const r = parseNumberList('1 2 3 4', 2);
    expect(r.values).toBeNull();
    expect(r.marks).toEqual([
      { start: 4, end: 5 },
      { start: 6, end: 7 },
    ]);
    expect(r.message).toBe('The list has 4 numbers; at most 2 fit.');
  });
});

describe('formatNumberList', () => {
  it('writes values so that they read back exactly', () => {
    const values = [0, 0.1 + 0.2, -1e-9];
    const text = formatNumberList(values);
    expect(text).toBe('0, 0.30000000000000004, -1e-9');
    expect(parseNumberList(text, 500).values).toEqual(values);
  });
});

describe('readInput', () => {
  it('reads text as typed and numbers as a list', () => {
    expect(readInput('但是', true, 500)).toEqual({ sequence: { kind: 'text', text: '但是' } });
    expect(readInput('1 2', false, 500)).toEqual({ sequence: { kind: 'numbers', values: [1, 2] } });
    expect(readInput('x', false, 500)).toEqual({
      problem: '“x” (entry 1) is not a number.',
      marks: [{ start: 0, end: 1 }],
    });
  });
});
