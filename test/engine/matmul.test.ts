import { describe, expect, it } from 'vitest';
import { columnSums, matmulTN } from '../../src/engine/matmul';

const seq = (n: number, f: (k: number) => number) =>
  Float64Array.from({ length: n }, (_, k) => f(k));

describe('sums over time of outer products', () => {
  it('matmulTN(A, B) = Aᵀ·B entry by entry, each summed in plain order, for odd and even sizes', () => {
    for (const [m, n, K] of [
      [5, 3, 7],
      [4, 6, 2],
      [8, 5, 3],
      [7, 8, 11],
      [1, 1, 9],
    ]) {
      const A = seq(K * m, (k) => Math.sin(k + 0.5));
      const B = seq(K * n, (k) => Math.cos(k * 2.1));
      const out = new Float64Array(m * n);
      matmulTN(A, B, m, n, K, out);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let k = 0; k < K; k++) s += A[k * m + i] * B[k * n + j];
          expect(out[i * n + j]).toBe(s);
        }
      }
    }
  });

  it('columnSums adds each column top to bottom: [[1, 2], [3, 4], [5, 6]] gives [9, 12]', () => {
    const out = new Float64Array(3).fill(7);
    expect(Array.from(columnSums(Float64Array.of(1, 2, 3, 4, 5, 6), 2, 3, out))).toEqual([
      9, 12, 7,
    ]);
  });
});
