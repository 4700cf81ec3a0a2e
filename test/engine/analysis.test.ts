import { describe, expect, it } from 'vitest';
import {
  gatePath,
  jacobianFactors,
  spectralNorm,
  stepWeightGradient,
  weightGradContributions,
} from '../../src/engine/analysis';
import { backward } from '../../src/engine/backward';
import { runForward } from '../../src/engine/forward';
import { initModel } from '../../src/engine/init';
import { lossLast, lossSum } from '../../src/engine/losses';
import { createRng } from '../../src/engine/rng';
import type { CellKind } from '../../src/engine/types';
import { expectClose } from './helpers';

function problem(cell: CellKind, B = 1, H = 3, T = 6) {
  const rng = createRng(21);
  const model = initModel({ cell, inputSize: 2, hiddenSize: H, numLayers: 2, bias: true }, rng, {
    weightScale: 2,
  });
  const x = Float64Array.from({ length: T * B * 2 }, () => rng.normal());
  const h0 = Float64Array.from({ length: 2 * B * H }, () => rng.uniform(-1, 1));
  const trace = runForward(model, { seqLen: T, batch: B, x, h0 });
  const Wout = Float64Array.from({ length: T * B * H }, () => rng.normal());
  const grads = backward(model, trace, lossSum(trace, Wout).dOutput);
  return { model, trace, grads, H, T, B };
}

describe('spectralNorm', () => {
  it('is the largest |diagonal entry| of a diagonal matrix, and ‖u‖‖v‖ for u vᵀ', () => {
    expect(spectralNorm(Float64Array.of(3, 0, 0, -5), 2, 2)).toBeCloseTo(5, 12);
    // u = (1, 2, 2), v = (3, 4): σ = 3 · 5 = 15.
    const uv = Float64Array.of(3, 4, 6, 8, 6, 8);
    expect(spectralNorm(uv, 3, 2)).toBeCloseTo(15, 12);
  });

  it('of [[1, 1], [0, 1]] is the golden ratio φ = (1 + √5) / 2', () => {
    expect(spectralNorm(Float64Array.of(1, 1, 0, 1), 2, 2)).toBeCloseTo((1 + Math.sqrt(5)) / 2, 10);
  });

  it('of U diag(σ) Vᵀ at 64 × 64 is the largest σ, with a close second (to 1e-12)', () => {
    // U and V: products of two Householder reflections I − 2 w wᵀ / wᵀw, so orthogonal.
    const n = 64;
    const rng = createRng(5);
    const reflection = () => {
      const w = Float64Array.from({ length: n }, () => rng.normal());
      const ww = w.reduce((sum, x) => sum + x * x, 0);
      return (i: number, j: number) => (i === j ? 1 : 0) - (2 * w[i] * w[j]) / ww;
    };
    const product = (f: (i: number, j: number) => number, g: (i: number, j: number) => number) => {
      const P = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) P[i * n + j] += f(i, k) * g(k, j);
      return (i: number, j: number) => P[i * n + j];
    };
    const U = product(reflection(), reflection());
    const V = product(reflection(), reflection());
    const sigma = Array.from({ length: n }, (_, k) => (k === 7 ? 3.5 : k === 30 ? 3.45 : k / 20));
    const M = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        for (let k = 0; k < n; k++) M[i * n + j] += U(i, k) * sigma[k] * V(j, k);
    expect(Math.abs(spectralNorm(M, n, n) - 3.5)).toBeLessThan(1e-12);
  });

  it('of an orthogonal matrix times s is s', () => {
    const c = Math.cos(0.7);
    const s = Math.sin(0.7);
    expect(spectralNorm(Float64Array.of(2 * c, -2 * s, 2 * s, 2 * c), 2, 2)).toBeCloseTo(2, 12);
  });
});

describe('jacobianFactors', () => {
  it('for one unit is |1 − h_t²| · |w_hh| at every step', () => {
    const model = initModel(
      { cell: 'rnn', inputSize: 1, hiddenSize: 1, numLayers: 1, bias: true },
      createRng(2),
    );
    model.params.weight_hh_l0[0] = -1.3;
    const trace = runForward(model, { seqLen: 4, batch: 1, x: Float64Array.of(0.5, -1, 2, 0) });
    const f = jacobianFactors(model, trace, 0, 0);
    for (let t = 0; t < 4; t++) {
      const h = trace.output[t];
      expect(f[t]).toBeCloseTo((1 - h * h) * 1.3, 14);
    }
  });

  it('is σ_max of diag(1 − h_t²) W_hh formed in full, at every step (to 1e-6)', () => {
    const { model, trace, H, T, B } = problem('rnn', 2, 7, 9);
    const W = model.params.weight_hh_l1;
    const h = trace.layers[1].h;
    const f = jacobianFactors(model, trace, 1, 1);
    for (let t = 0; t < T; t++) {
      const J = W.map((w, k) => {
        const hi = h[(t * B + 1) * H + Math.floor(k / H)];
        return (1 - hi * hi) * w;
      });
      const sigma = spectralNorm(J, H, H);
      expect(Math.abs(f[t] - sigma)).toBeLessThanOrEqual(1e-6 * sigma);
    }
  });

  it('at hidden 128 over 50 warm-started steps is σ_max of each J formed in full (to 1e-6)', () => {
    // The bounds' Lanczos runs without full reorthogonalisation (tolerance 1e-6); spectralNorm
    // (1e-14) reorthogonalises fully.
    const H = 128;
    const T = 50;
    const config = { cell: 'rnn', inputSize: 1, hiddenSize: H, numLayers: 1, bias: true } as const;
    const model = initModel(config, createRng(5), { weightScale: 2 });
    const x = Float64Array.from({ length: T }, (_, t) => Math.cos(t / 3));
    const trace = runForward(model, { seqLen: T, batch: 1, x });
    const f = jacobianFactors(model, trace, 0, 0);
    const W = model.params.weight_hh_l0;
    for (let t = 0; t < T; t++) {
      const J = W.map((w, k) => (1 - trace.output[t * H + Math.floor(k / H)] ** 2) * w);
      const sigma = spectralNorm(J, H, H);
      expect(Math.abs(f[t] - sigma), `t = ${t}`).toBeLessThanOrEqual(1e-6 * sigma);
    }
  });

  it('at hidden 64 is the power method’s σ_max of diag(1 − h_t²) W_hh (to 1e-6)', () => {
    const H = 64;
    const T = 6;
    const rng = createRng(8);
    const config = { cell: 'rnn', inputSize: 1, hiddenSize: H, numLayers: 1, bias: true } as const;
    const model = initModel(config, rng, { weightScale: 1.5 });
    const x = Float64Array.from({ length: T }, (_, t) => Math.sin(t / 2));
    const trace = runForward(model, { seqLen: T, batch: 1, x });
    const f = jacobianFactors(model, trace, 0, 0);
    const W = model.params.weight_hh_l0;
    for (let t = 0; t < T; t++) {
      const d = Array.from({ length: H }, (_, i) => 1 - trace.output[t * H + i] ** 2);
      // Power iteration on Jᵀ J, J = D W: slow, but independent of the engine's Lanczos.
      let v = new Float64Array(H).fill(1);
      let sigma = 0;
      for (let it = 0; it < 3000; it++) {
        const Jv = new Float64Array(H);
        for (let i = 0; i < H; i++) for (let j = 0; j < H; j++) Jv[i] += d[i] * W[i * H + j] * v[j];
        const w = new Float64Array(H);
        for (let i = 0; i < H; i++) for (let j = 0; j < H; j++) w[j] += W[i * H + j] * d[i] * Jv[i];
        const norm = Math.hypot(...w);
        sigma = Math.sqrt(norm / Math.hypot(...v));
        v = w.map((wj) => wj / norm);
      }
      expect(Math.abs(f[t] - sigma), `t = ${t}`).toBeLessThanOrEqual(1e-6 * sigma);
    }
  });

  it('bounds the one-step gradient ratio: ‖dL/dh_{t−1}‖ ≤ factor_t · ‖dL/dh_t‖ under L_last', () => {
    const { model, trace, T } = problem('rnn');
    const g = backward(model, trace, lossLast(trace, new Float64Array(3).fill(0.3)).dOutput);
    const f = jacobianFactors(model, trace, 1, 0);
    for (let t = T - 1; t > 0; t--) {
      // (the factors are computed to 1e-6 relative)
      expect(g.norms.h[t - 1]).toBeLessThanOrEqual(f[t] * g.norms.h[t] * (1 + 1e-5));
    }
  });
});

describe('gatePath', () => {
  it('multiplies the forget gates from the last step back, by hand for T = 3', () => {
    const { trace, H } = problem('lstm', 1, 3, 3);
    const last = Float64Array.of(1, -2, 0.5);
    const p = gatePath(trace, 0, 0, last)!;
    const f = trace.layers[0].f;
    for (let j = 0; j < H; j++) {
      expect(p.products[2 * H + j]).toBe(1);
      expect(p.products[1 * H + j]).toBe(f[2 * H + j]);
      expect(p.products[0 * H + j]).toBe(f[2 * H + j] * f[1 * H + j]);
    }
    expect(p.pathNorm[2]).toBeCloseTo(Math.hypot(1, -2, 0.5), 15);
    const want = Math.hypot(...[0, 1, 2].map((j) => f[2 * H + j] * f[1 * H + j] * last[j]));
    expect(p.pathNorm[0]).toBeCloseTo(want, 15);
    expect(p.gate).toBe('f');
  });

  it('is the whole gradient for a GRU whose only path is z: with r = 0 and U = 0 … exactly BPTT', () => {
    // With W_hh = 0 the state reaches the next step only through z ⊙ h_{t−1}, so under L_last
    // dL/dh_t = (∏ z) ⊙ dL/dh_{T−1}: the path norm equals the BPTT norm at every step.
    const model = initModel(
      { cell: 'gru', inputSize: 2, hiddenSize: 3, numLayers: 1, bias: true },
      createRng(8),
    );
    model.params.weight_hh_l0.fill(0);
    const x = Float64Array.from({ length: 10 }, (_, k) => Math.sin(k));
    const trace = runForward(model, { seqLen: 5, batch: 1, x });
    const g = backward(model, trace, lossLast(trace, Float64Array.of(0.2, -0.4, 0.9)).dOutput);
    const p = gatePath(trace, 0, 0, g.layers[0].h.subarray(12, 15))!;
    expectClose(p.pathNorm, g.norms.h, 'path vs BPTT', 1e-15, 1e-12);
    expect(
      gatePath(
        runForward(initModel({ ...model.config, cell: 'rnn' }, createRng(1)), {
          seqLen: 5,
          batch: 1,
          x,
        }),
        0,
        0,
        x,
      ),
    ).toBeNull();
  });
});

describe('weightGradContributions', () => {
  for (const cell of ['lstm', 'gru', 'rnn'] as const) {
    it(`${cell}: the steps' matrices sum to BPTT's dL/dW_hh, and their norms are the contributions`, () => {
      for (const B of [1, 3]) {
        const { model, trace, grads, T } = problem(cell, B);
        for (const layer of [0, 1]) {
          const parts = Array.from({ length: T }, (_, t) =>
            stepWeightGradient(model, trace, grads, layer, t),
          );
          const sum = parts.reduce((acc, C) => acc.map((v, k) => v + C[k]));
          expectClose(
            sum,
            grads.params[`weight_hh_l${layer}`],
            `Σ C_t (${cell}, B ${B})`,
            1e-12,
            1e-10,
          );
          const norms = parts.map((C) => Math.sqrt(C.reduce((a, v) => a + v * v, 0)));
          expect(norms.every((v) => v > 0)).toBe(true);
          expectClose(
            weightGradContributions(model, trace, grads, layer),
            norms,
            'norms',
            1e-13,
            1e-10,
          );
        }
      }
    });
  }

  it('scales with the gradient and stays finite far past 1e154 (where a squared norm overflows)', () => {
    for (const cell of ['lstm', 'gru', 'rnn'] as const) {
      for (const B of [1, 3]) {
        const { model, trace, grads } = problem(cell, B);
        const base = weightGradContributions(model, trace, grads, 0);
        // ‖C_t‖ is linear in dL/dpre: scaling every pre-activation gradient by 1e200 scales it.
        const big = { ...grads, layers: grads.layers.map((g) => ({ ...g })) };
        for (const [name, v] of Object.entries(big.layers[0])) {
          if (name.startsWith('pre_') || name === 'gh_n')
            big.layers[0][name] = v.map((a) => a * 1e200);
        }
        const scaled = weightGradContributions(model, trace, big, 0);
        expectClose(
          scaled.map((v) => v / 1e200),
          base,
          `${cell}, B ${B}`,
          1e-13,
          1e-10,
        );
        expect(scaled.every(Number.isFinite)).toBe(true);
      }
    }
  });
});
