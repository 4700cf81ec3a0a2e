import { describe, expect, it } from 'vitest';
import { rowsDot, transpose } from '../../src/engine/dot';
import { matmulNT } from '../../src/engine/matmul';
import { packedRowsDot, packRows, setVector, useSimd } from '../../src/engine/packed';

const seq = (n: number, f: (k: number) => number) =>
  Float64Array.from({ length: n }, (_, k) => f(k));

/** Σ_k a[k]·b[k] in plain order, written out independently of the engine. */
const plain = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
};

describe('dot kernels', () => {
  it('rowsDot sums each row in plain order, so any row range gives the same bits', () => {
    const M = seq(7 * 13, (k) => Math.sin(k * 1.3));
    const v = seq(15, (k) => Math.cos(k * 0.7));
    const all = new Float64Array(7);
    rowsDot(M, 13, 0, 7, v, 2, all, 0);
    for (let r = 0; r < 7; r++) {
      expect(all[r]).toBe(plain(M.subarray(r * 13, r * 13 + 13), v.subarray(2, 15)));
      const one = new Float64Array(3);
      rowsDot(M, 13, r, r + 1, v, 2, one, 1);
      expect(one[1]).toBe(all[r]);
    }
  });

  it('matmulNT(A, B) = A·Bᵀ entry by entry, in plain order, for odd and even sizes', () => {
    for (const [m, n, K] of [
      [5, 3, 7],
      [4, 6, 2],
      [8, 5, 3],
      [7, 8, 11],
      [1, 1, 9],
    ]) {
      const A = seq(m * K, (k) => Math.sin(k + 0.5));
      const B = seq(n * K, (k) => Math.cos(k * 2.1));
      const out = new Float64Array(m * n);
      matmulNT(A, B, m, n, K, out);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          expect(out[i * n + j]).toBe(
            plain(A.subarray(i * K, i * K + K), B.subarray(j * K, j * K + K)),
          );
        }
      }
    }
  });

  it('transpose turns (2, 3) [[1, 2, 3], [4, 5, 6]] into (3, 2) [[1, 4], [2, 5], [3, 6]]', () => {
    expect(Array.from(transpose(Float64Array.of(1, 2, 3, 4, 5, 6), 2, 3))).toEqual([
      1, 4, 2, 5, 3, 6,
    ]);
  });
});

/** Runs `body` with the packings of one kind, SIMD or scalar, then goes back to SIMD. */
function withKind(simd: boolean, body: () => void) {
  expect(useSimd(simd)).toBe(simd);
  try {
    body();
  } finally {
    useSimd(true);
  }
}

describe.each([
  ['SIMD', true],
  ['scalar', false],
])('packed rows (%s)', (_, simd) => {
  it('packedRowsDot gives rowsDot’s bits for every gate, with odd sizes and a bias added last', () =>
    withKind(simd, () => {
      for (const [groups, rows, cols] of [
        [4, 5, 7],
        [3, 8, 3],
        [1, 1, 1],
        [2, 6, 9],
        [1, 12, 2],
      ]) {
        const M = seq(groups * rows * cols, (k) => Math.sin(k * 0.37 + 0.1));
        const v = seq(cols + 3, (k) => Math.cos(k * 1.9));
        const bias = seq(groups * rows, (k) => 0.1 * k - 0.3);
        const p = packRows(M, groups, rows, cols, `test.${groups}.${rows}.${cols}`);
        expect(p.buf === null).toBe(simd);
        setVector(p, v, 3);
        for (let g = 0; g < groups; g++) {
          const got = new Float64Array(rows + 2);
          packedRowsDot(p, g, rows, got, 1);
          const biased = new Float64Array(rows);
          packedRowsDot(p, g, rows, biased, 0, bias);
          for (let j = 0; j < rows; j++) {
            const r = g * rows + j;
            const want = plain(M.subarray(r * cols, r * cols + cols), v.subarray(3, 3 + cols));
            expect(got[1 + j]).toBe(want);
            expect(biased[j]).toBe(want + bias[r]);
          }
          // Nothing is written past the group's rows (the padding rows of its last block).
          expect(got[rows + 1]).toBe(0);
          expect(got[0]).toBe(0);
        }
      }
    }));

  it('a matrix packed from its transpose gives the bits of the transpose packed', () =>
    withKind(simd, () => {
      const [rows, cols] = [6, 9];
      const MT = seq(cols * rows, (k) => Math.sin(k * 0.61 - 0.2)); // (cols, rows)
      const M = transpose(MT, cols, rows); // (rows, cols)
      const v = seq(cols, (k) => Math.cos(k * 0.7));
      const sums = (p: ReturnType<typeof packRows>) => {
        setVector(p, v, 0);
        const out = new Float64Array(rows);
        packedRowsDot(p, 0, rows, out, 0);
        return [...out];
      };
      const direct = sums(packRows(M, 1, rows, cols, 'test.direct'));
      expect(sums(packRows(MT, 1, rows, cols, 'test.transposed', true))).toEqual(direct);
      for (let j = 0; j < rows; j++)
        expect(direct[j]).toBe(plain(M.subarray(j * cols, (j + 1) * cols), v));
    }));

  it('a matrix with no columns gives zeros, plus the bias', () =>
    withKind(simd, () => {
      const p = packRows(new Float64Array(0), 1, 3, 0, 'test.empty');
      setVector(p, new Float64Array(0), 0);
      const got = new Float64Array(3).fill(7);
      packedRowsDot(p, 0, 3, got, 0, Float64Array.of(1, -2, 0.5));
      expect([...got]).toEqual([1, -2, 0.5]);
    }));

  it('a slot packed again reuses its memory, and an older packing survives the memory growing', () =>
    withKind(simd, () => {
      const small = seq(2 * 3, (k) => k + 1);
      const a = packRows(small, 1, 2, 3, 'test.kept');
      setVector(a, Float64Array.of(1, 10, 100), 0);
      // A packing far bigger than the memory so far: the SIMD memory grows (a new buffer).
      const big = seq(256 * 300, (k) => (k % 7) - 3);
      const b = packRows(big, 1, 256, 300, 'test.big');
      setVector(
        b,
        seq(300, () => 1),
        0,
      );
      const got = new Float64Array(2);
      packedRowsDot(a, 0, 2, got, 0);
      expect([...got]).toEqual([1 + 20 + 300, 4 + 50 + 600]);
      const sums = new Float64Array(256);
      packedRowsDot(b, 0, 256, sums, 0);
      expect(sums[5]).toBe(
        plain(
          big.subarray(5 * 300, 6 * 300),
          seq(300, () => 1),
        ),
      );
      // The slot packed again, smaller: the same memory, the new values.
      const c = packRows(Float64Array.of(2, 3), 1, 1, 2, 'test.kept');
      if (simd) expect(c.at).toBe(a.at);
      else expect(c.buf).toBe(a.buf);
      setVector(c, Float64Array.of(5, 7), 0);
      packedRowsDot(c, 0, 1, got, 0);
      expect(got[0]).toBe(31);
    }));
});
