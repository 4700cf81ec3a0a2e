import { describe, expect, it } from 'vitest';
import { InteropError } from '../../src/engine/interop-error';
import { checkShape, formatShape, readTensor, toNested } from '../../src/engine/nested';

const f64 = (values: number[]) => Float64Array.from(values);

/** Calls `fn`, expecting an InteropError; returns it for assertions on path and message. */
function interopError(fn: () => unknown): InteropError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InteropError) return e;
    throw e;
  }
  throw new Error('expected an InteropError');
}

describe('toNested', () => {
  it('toNested(…) lays out a (2, 3) matrix row by row', () => {
    expect(toNested(f64([1, 2, 3, 4, 5, 6]), [2, 3])).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('toNested(…) keeps 1-element dimensions nested, like .tolist()', () => {
    expect(toNested(f64([0.12]), [1, 1, 1])).toEqual([[[0.12]]]);
    expect(toNested(f64([1, 2]), [2, 1])).toEqual([[1], [2]]);
    expect(toNested(f64([1, 2]), [1, 2, 1])).toEqual([[[1], [2]]]);
  });

  it('toNested(…) gives a flat list for rank 1 and a number for rank 0', () => {
    expect(toNested(f64([7, 8]), [2])).toEqual([7, 8]);
    expect(toNested(f64([7]), [])).toBe(7);
  });

  it('toNested(…) returns plain arrays, which JSON.stringify writes as lists', () => {
    expect(JSON.stringify(toNested(f64([0.1, -2.5e-7]), [1, 2]))).toBe('[[0.1,-2.5e-7]]');
  });

  it('toNested(…) refuses data that does not fill the shape', () => {
    expect(() => toNested(f64([1, 2, 3]), [2, 2])).toThrow(RangeError);
  });
});

describe('readTensor', () => {
  it('readTensor(…) flattens row-major and returns the shape', () => {
    const t = readTensor([[[1, 2]], [[3, 4]], [[5, 6]]], [3, 1, 2], 'x');
    expect(t.shape).toEqual([3, 1, 2]);
    expect(t.data).toEqual(f64([1, 2, 3, 4, 5, 6]));
  });

  it('readTensor(…) infers undefined dimensions', () => {
    const t = readTensor(
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      [undefined, 3],
      'w',
    );
    expect(t.shape).toEqual([2, 3]);
    expect(readTensor([[[0]]], [undefined, undefined, undefined], 'x').shape).toEqual([1, 1, 1]);
  });

  it('readTensor(…) reads back what toNested(…) writes', () => {
    const data = f64([0.5, -1.25, 3e-300, 1e300, -0, 2 ** -1074]);
    const t = readTensor(toNested(data, [3, 2]), [3, 2], 'w');
    expect(t.data).toEqual(data);
  });

  it('readTensor(…) reads a number as a rank-0 tensor', () => {
    expect(readTensor(2.5, [], 's').data).toEqual(f64([2.5]));
  });

  it('readTensor(…) rejects a value that is not a list', () => {
    const e = interopError(() => readTensor('abc', [4], 'params.bias_ih_l0'));
    expect(e.path).toBe('params.bias_ih_l0');
    expect(e.message).toBe('params.bias_ih_l0 is "abc"; expected a list of shape (4)');
    expect(interopError(() => readTensor({ a: 1 }, [2, 2], 'w')).message).toContain('an object');
  });

  it('readTensor(…) rejects a wrong nesting depth with both shapes', () => {
    const shallow = interopError(() => readTensor([1, 2], [2, 1], 'w'));
    expect(shallow.message).toBe('w has shape (2); expected (2, 1)');
    const deep = interopError(() => readTensor([[1], [2]], [2], 'b'));
    expect(deep.message).toBe('b has shape (2, 1); expected (2)');
  });

  it('readTensor(…) rejects a wrong dimension size', () => {
    const rows = Array.from({ length: 16 }, () => [0, 0, 0, 0, 0]);
    const e = interopError(() => readTensor(rows, [16, 4], 'params.weight_hh_l0'));
    expect(e.path).toBe('params.weight_hh_l0');
    expect(e.message).toBe('params.weight_hh_l0 has shape (16, 5); expected (16, 4)');
  });

  it('readTensor(…) explains the expected shape when given its meaning', () => {
    const e = interopError(() => readTensor([[[0]]], [2, 1, 1], 'inputs.h0', '(L, B, H)'));
    expect(e.message).toBe('inputs.h0 has shape (1, 1, 1); expected (2, 1, 1), i.e. (L, B, H)');
  });

  it('readTensor(…) rejects ragged rows at the short row', () => {
    const e = interopError(() =>
      readTensor(
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8],
        ],
        [3, 3],
        'w',
      ),
    );
    expect(e.path).toBe('w[2]');
    expect(e.message).toContain('w[2] has 2 entries but w[0] has 3');
    const inner = interopError(() =>
      readTensor(
        [
          [[1, 2]],
          [
            [3, 4],
            [5, 6],
          ],
        ],
        [2, 1, 2],
        'x',
      ),
    );
    expect(inner.path).toBe('x[1]');
  });

  it('readTensor(…) rejects a number where a row should be', () => {
    const e = interopError(() => readTensor([[1, 2], 3], [2, 2], 'w'));
    expect(e.path).toBe('w[1]');
    expect(e.message).toBe('w[1] is 3; expected a list of 2 like w[0]');
  });

  it('readTensor(…) rejects a list where a number should be', () => {
    const e = interopError(() =>
      readTensor(
        [
          [1, 2],
          [3, [4]],
        ],
        [2, 2],
        'w',
      ),
    );
    expect(e.path).toBe('w[1][1]');
    expect(e.message).toBe('w[1][1] is a list, not a number');
  });

  it('readTensor(…) names a non-numeric entry and shows it', () => {
    const rows = [
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 'abc'],
    ];
    const e = interopError(() => readTensor(rows, [4, 2], 'params.weight_ih_l0'));
    expect(e.path).toBe('params.weight_ih_l0[3][1]');
    expect(e.message).toBe('params.weight_ih_l0[3][1] is "abc", not a number');
    expect(interopError(() => readTensor([null], [1], 'b')).message).toBe(
      'b[0] is null, not a number',
    );
    expect(interopError(() => readTensor([true], [1], 'b')).message).toBe(
      'b[0] is true, not a number',
    );
    expect(interopError(() => readTensor(['1.5'], [1], 'b')).message).toContain('"1.5", not');
  });

  it('readTensor(…) rejects NaN and ±Infinity entries', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      const e = interopError(() =>
        readTensor(
          [
            [0, 1],
            [2, bad],
          ],
          [2, 2],
          'w',
        ),
      );
      expect(e.path).toBe('w[1][1]');
      expect(e.message).toBe(`w[1][1] is ${bad}: values must be finite`);
    }
  });

  it('readTensor(…) reports the whole of an empty list as a shape problem', () => {
    expect(interopError(() => readTensor([], [4], 'b')).message).toBe(
      'b has shape (0); expected (4)',
    );
  });
});

describe('checkShape and formatShape', () => {
  it('formatShape(…) prints unconstrained dimensions as ?', () => {
    expect(formatShape([undefined, 2, 3])).toBe('(?, 2, 3)');
    expect(formatShape([16])).toBe('(16)');
  });

  it('checkShape(…) accepts any size where the spec is undefined', () => {
    expect(() => checkShape([5, 3], [undefined, 3], 'w')).not.toThrow();
    expect(() => checkShape([5, 3], [undefined, 4], 'w')).toThrow(
      'w has shape (5, 3); expected (?, 4)',
    );
  });
});

describe('InteropError', () => {
  it('InteropError is an Error with a name, a path, the problem as data and it in English', () => {
    const e = new InteropError('params.x', { kind: 'nonFinite', value: 'NaN' });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('InteropError');
    expect(e.path).toBe('params.x');
    expect(e.problem).toEqual({ kind: 'nonFinite', value: 'NaN' });
    expect(e.message).toBe('params.x is NaN: values must be finite');
  });
});
