import { failAt } from './interop-error';
import { describe } from './interop-problem';

/** A tensor as the engine stores it: flat, row-major values and their PyTorch shape. */
export interface Tensor {
  /** The values; entry (i₀, i₁, …) sits at Σ_d i_d · ∏_{e>d} shape[e]. */
  readonly data: Float64Array;
  readonly shape: readonly number[];
}

/** A required shape: each dimension a size, or `undefined` for "any size" (inferred). */
export type ShapeSpec = readonly (number | undefined)[];

/** `(16, 4)`; an unconstrained dimension prints as `?`. */
export function formatShape(shape: ShapeSpec): string {
  return `(${shape.map((n) => n ?? '?').join(', ')})`;
}

/**
 * Nested arrays of numbers in PyTorch's `.tolist()` layout: `shape.length` levels deep, a
 * 1-element dimension still nested (`[[[0.12]]]` for (1, 1, 1)); a bare number for shape ().
 */
export function toNested(data: Float64Array, shape: readonly number[]): unknown {
  const size = shape.reduce((a, n) => a * n, 1);
  if (data.length !== size) {
    throw new RangeError(`${data.length} values do not fill shape ${formatShape(shape)}`);
  }
  if (shape.length === 0) return data[0];
  let next = 0;
  const build = (d: number): unknown[] => {
    const out: unknown[] = new Array(shape[d]);
    for (let i = 0; i < shape[d]; i++) {
      out[i] = d === shape.length - 1 ? data[next++] : build(d + 1);
    }
    return out;
  };
  return build(0);
}

/**
 * Throws an `InteropError` at `path` unless `actual` has the rank of `expected` and each of its
 * constrained sizes: "params.weight_ih_l1 has shape (16, 5); expected (16, 4)". `meaning`, if
 * given, explains the expected shape, e.g. `(num_layers, batch, hidden_size)`.
 */
export function checkShape(
  actual: readonly number[],
  expected: ShapeSpec,
  path: string,
  meaning?: string,
): void {
  if (
    actual.length === expected.length &&
    expected.every((n, d) => n === undefined || n === actual[d])
  ) {
    return;
  }
  failAt(path, {
    kind: 'shape',
    shape: formatShape(actual),
    expected: formatShape(expected),
    ...(meaning !== undefined && { meaning }),
  });
}

/**
 * Reads a nested-list tensor, checks it against `shape` (whose `undefined` dimensions are
 * inferred) and flattens it row-major. `path` names the value in messages (`inputs.x`);
 * `meaning` is as for `checkShape`. Throws an `InteropError` at the first problem: not a list,
 * wrong nesting depth or size, ragged rows, or an entry that is not a finite number.
 */
export function readTensor(
  value: unknown,
  shape: ShapeSpec,
  path: string,
  meaning?: string,
): Tensor {
  const rank = shape.length;
  if (rank > 0 && !Array.isArray(value)) {
    failAt(path, { kind: 'notList', value: describe(value), expected: formatShape(shape) });
  }
  // The shape as read along the first entries: [[1, 2, 3], …] is (n, 3).
  const actual: number[] = [];
  for (let v = value; Array.isArray(v) && actual.length < 32; v = v[0]) {
    actual.push(v.length);
    if (v.length === 0) break;
  }
  checkShape(actual, shape, path, meaning);

  const data = new Float64Array(actual.reduce((a, n) => a * n, 1));
  const index: number[] = [];
  const at = (depth: number) =>
    path +
    index
      .slice(0, depth)
      .map((i) => `[${i}]`)
      .join('');
  let next = 0;
  const walk = (node: unknown, d: number): void => {
    if (d === rank) {
      data[next++] = readNumber(node, at(d));
      return;
    }
    // Every list at depth d must be as long as the first one, which set actual[d].
    const like = path + '[0]'.repeat(d);
    if (!Array.isArray(node)) {
      failAt(at(d), { kind: 'notListLike', value: describe(node), length: actual[d], like });
    }
    if (node.length !== actual[d]) {
      const likeLength = actual[d];
      failAt(at(d), { kind: 'ragged', length: node.length, like, likeLength, tensor: path });
    }
    for (let i = 0; i < node.length; i++) {
      index[d] = i;
      walk(node[i], d + 1);
    }
  };
  walk(value, 0);
  return { data, shape: actual };
}

/** One entry of a tensor: it must be a finite number. */
function readNumber(node: unknown, path: string): number {
  if (typeof node !== 'number') {
    failAt(path, { kind: 'notNumber', value: describe(node) });
  }
  if (!Number.isFinite(node)) failAt(path, { kind: 'nonFinite', value: String(node) });
  return node;
}
