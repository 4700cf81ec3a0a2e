import { describe, expect, it } from 'vitest';
import { initModel } from '../../src/engine/init';
import { paramNames, paramShape } from '../../src/engine/params';
import { createRng } from '../../src/engine/rng';
import type { ModelConfig } from '../../src/engine/types';

const lstm2: ModelConfig = { cell: 'lstm', inputSize: 3, hiddenSize: 16, numLayers: 2, bias: true };

describe('initModel', () => {
  it('draws every parameter from U(−k, k) with k = scale / √H, filling the range', () => {
    for (const scale of [1, 0.25, 3]) {
      const m = initModel(lstm2, createRng(1), { weightScale: scale });
      const k = scale / 4;
      for (const name of paramNames(lstm2)) {
        const p = m.params[name];
        expect(p.length).toBe(paramShape(lstm2, name).reduce((a, b) => a * b));
        const max = Math.max(...p.map(Math.abs));
        expect(max).toBeLessThanOrEqual(k);
        expect(max).toBeGreaterThan(0.9 * k);
      }
    }
  });

  it('is deterministic by seed: same seed, same numbers; another seed, other numbers', () => {
    const a = initModel(lstm2, createRng(42));
    const b = initModel(lstm2, createRng(42));
    const c = initModel(lstm2, createRng(43));
    expect(Array.from(a.params.weight_hh_l1)).toEqual(Array.from(b.params.weight_hh_l1));
    expect(Array.from(a.params.weight_hh_l1)).not.toEqual(Array.from(c.params.weight_hh_l1));
  });

  it('orthogonal init makes every H × H gate block of W_hh equal scale · Q with QᵀQ = I', () => {
    const scale = 1.7;
    const m = initModel({ ...lstm2, cell: 'gru' }, createRng(9), {
      init: 'orthogonal',
      weightScale: scale,
    });
    const H = 16;
    const U = m.params.weight_hh_l0;
    for (let q = 0; q < 3; q++) {
      for (let a = 0; a < H; a++) {
        for (let b = 0; b < H; b++) {
          let s = 0;
          for (let r = 0; r < H; r++) s += U[q * H * H + r * H + a] * U[q * H * H + r * H + b];
          expect(s).toBeCloseTo(a === b ? scale * scale : 0, 12);
        }
      }
    }
    // Input weights keep the uniform bound.
    expect(Math.max(...m.params.weight_ih_l0.map(Math.abs))).toBeLessThanOrEqual(scale / 4);
  });
});

describe('createRng', () => {
  it('gives the same stream for the same seed and draws uniforms in [0, 1)', () => {
    const a = createRng(2026);
    const b = createRng(2026);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(createRng(2027).next()).not.toBe(xs[0]);
  });

  it('normal() has mean ≈ 0 and variance ≈ 1 over 20 000 draws', () => {
    const r = createRng(5);
    const n = 20000;
    const xs = Array.from({ length: n }, () => r.normal());
    const mean = xs.reduce((a, b) => a + b) / n;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
    // Standard errors: 1/√n ≈ 0.007 for the mean, √(2/n) ≈ 0.01 for the variance.
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
  });
});
