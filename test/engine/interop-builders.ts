/** Small hand-made PyTorch state_dict maps for the interop tests. */

/** A (rows, cols) matrix whose entry [r][c] is base + r / 100 + c / 10000: easy to locate. */
export function matrix(rows: number, cols: number, base = 0): number[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => base + r / 100 + c / 10000),
  );
}

/** A vector whose entry [r] is base + r / 100. */
export function vector(n: number, base = 0): number[] {
  return Array.from({ length: n }, (_, r) => base + r / 100);
}

/**
 * The state_dict of a PyTorch recurrent module with G gate blocks, input size I, hidden size H
 * and L layers, in PyTorch's key order; parameter p's entries start at p (so each is distinct).
 */
export function stateDict(G: number, I: number, H: number, L: number, bias = true) {
  const out: Record<string, unknown> = {};
  let p = 0;
  for (let k = 0; k < L; k++) {
    out[`weight_ih_l${k}`] = matrix(G * H, k === 0 ? I : H, p++);
    out[`weight_hh_l${k}`] = matrix(G * H, H, p++);
    if (bias) {
      out[`bias_ih_l${k}`] = vector(G * H, p++);
      out[`bias_hh_l${k}`] = vector(G * H, p++);
    }
  }
  return out;
}

/** A (d0, d1, d2) tensor of nested lists with entry [a][b][c] = base + a + b / 10 + c / 100. */
export function tensor3(d0: number, d1: number, d2: number, base = 0): number[][][] {
  return Array.from({ length: d0 }, (_, a) =>
    Array.from({ length: d1 }, (_, b) =>
      Array.from({ length: d2 }, (_, c) => base + a + b / 10 + c / 100),
    ),
  );
}

/** A copy of `map` without `keys`. */
export function omit(map: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([k]) => !keys.includes(k)));
}
