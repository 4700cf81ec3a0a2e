import { describe, expect, it } from 'vitest';
import { jacobianFactors, stepWeightGradient } from '../../src/engine';
import {
  DEFAULT_SETTINGS,
  LAB_DEFAULTS,
  LAB_PRESETS,
  deriveRun,
  type Settings,
} from '../../src/store';
import {
  contributionView,
  gatePathView,
  gradientView,
  recurrentSpectralNorm,
  rnnWhyView,
} from '../../src/store/gradientViews';
import { spectralNormOf } from '../../src/store/gradientSelectors';
import { expectClose } from '../engine/helpers';

const lab = (change: Partial<Settings> = {}) =>
  deriveRun({ ...DEFAULT_SETTINGS, ...LAB_DEFAULTS, ...change });
const preset = (id: string) => LAB_PRESETS.find((p) => p.id === id)!.settings;

describe('gradientView(grads)', () => {
  it('takes the ratio on ‖∂L/∂h_t‖ for an RNN and reads the presets as the claims do', () => {
    const run = lab(preset('vanishing'));
    const v = gradientView(run.grads);
    const h = run.grads.norms.h;
    expect(v.memory).toBe('h');
    expect(v.ratio.ratio).toBe(h[0] / h[49]);
    expect(v.ratio.verdict).toBe('vanished');
    expect(v.sentence).toMatch(
      /^The gradient reaching t = 0 is .* of the one at t = 49: it has vanished\.$/,
    );
    expect(gradientView(lab(preset('exploding')).grads).ratio.verdict).toBe('exploded');
  });

  it('takes the LSTM’s on ‖∂L/∂c_t‖, the cell-state gradient, and sets bands on its last step', () => {
    const run = lab(preset('lstm'));
    const v = gradientView(run.grads);
    const c = run.grads.norms.c!;
    expect(v.memory).toBe('c');
    expect(v.c).toBe(c);
    expect(v.ratio.ratio).toBe(c[0] / c[49]);
    expect(v.ratio.ratio).toBeGreaterThan(1e-2);
    expect(v.sentence).toMatch(/^The cell-state gradient reaching t = 0/);
    expect(v.bands.map((b) => [b.from, b.to])).toEqual([
      [0, 1e-6 * c[49]],
      [1e3 * c[49], Infinity],
    ]);
  });
});

describe('gatePathView(trace, grads)', () => {
  it('is the engine’s gate path: ∏_{s>t} f_s ⊙ ∂L/∂c_{T−1}, by hand for the LSTM preset', () => {
    const run = lab(preset('lstm'));
    const v = gatePathView(run.trace, run.grads)!;
    const H = 64;
    const f = run.trace.layers[0].f;
    const dc = run.grads.layers[0].c.subarray(49 * H, 50 * H);
    const byHand = Float64Array.from({ length: 50 }, (_, t) => {
      let s = 0;
      for (let j = 0; j < H; j++) {
        let p = dc[j];
        for (let u = t + 1; u < 50; u++) p *= f[u * H + j];
        s += p * p;
      }
      return Math.sqrt(s);
    });
    expect(v.gate).toBe('f');
    expectClose(v.pathNorm, byHand, 'path norm', 0, 1e-12);
    expect(v.pathNorm[49]).toBeCloseTo(run.grads.norms.c![49], 14);
    expect(v.memoryNorm).toBe(run.grads.norms.c);
  });

  it('follows z for the GRU and is null for the RNN', () => {
    const gru = lab(preset('gru'));
    expect(gatePathView(gru.trace, gru.grads)?.gate).toBe('z');
    const rnn = lab();
    expect(gatePathView(rnn.trace, rnn.grads)).toBeNull();
  });
});

describe('rnnWhyView(grads, loss, bounds)', () => {
  it('pairs ‖∂L/∂h_(t−1)‖ / ‖∂L/∂h_t‖ with the Jacobian bound, which it never exceeds (last-step loss)', () => {
    for (const change of [preset('vanishing'), preset('exploding'), {}]) {
      const run = lab(change);
      const bounds = jacobianFactors(run.model, run.trace, 0, 0);
      const v = rnnWhyView(run.grads, 'last', bounds);
      const h = run.grads.norms.h;
      expect(v.measured[10]).toBe(h[9] / h[10]);
      expect(v.measured[0]).toBe(run.grads.norms.h0 / h[0]);
      expect(v.bounds).toBe(bounds);
      // ‖J_tᵀ g‖ ≤ ‖J_t‖ ‖g‖; the engine's Lanczos estimate approaches ‖J_t‖ from below to 1e-6.
      for (let t = 0; t < 50; t++)
        expect(v.measured[t]).toBeLessThanOrEqual(bounds[t] * (1 + 1e-5));
    }
  });
});

describe('contributionView(model, trace, grads)', () => {
  it('is ‖C_t‖_F of the engine’s stepWeightGradient at every step', () => {
    const run = lab({ cell: 'gru', hiddenSize: 8, sequence: { kind: 'noise', seqLen: 12 } });
    const v = contributionView(run.model, run.trace, run.grads);
    const byStep = Float64Array.from({ length: 12 }, (_, t) => {
      const C = stepWeightGradient(run.model, run.trace, run.grads, 0, t);
      return Math.sqrt(C.reduce((s, x) => s + x * x, 0));
    });
    expectClose(v.values, byStep, '‖C_t‖_F', 1e-15, 1e-12);
    expect(v.values[0]).toBe(0); // h_{−1} = h0 = 0
  });
});

describe('recurrentSpectralNorm(model)', () => {
  it('is the scale itself for orthogonal W_hh (all singular values equal)', () => {
    const run = lab({ init: 'orthogonal', recurrentScale: 0.7 });
    expect(recurrentSpectralNorm(run.model)).toBeCloseTo(0.7, 10);
  });

  it('is √G × the scale for an LSTM’s G = 4 stacked orthogonal blocks', () => {
    // [Q₁; Q₂; Q₃; Q₄]ᵀ[Q₁; …] = 4 I, so every singular value of the stack is 2 × the scale.
    const run = lab({ cell: 'lstm', init: 'orthogonal', recurrentScale: 0.5 });
    expect(recurrentSpectralNorm(run.model)).toBeCloseTo(1, 10);
  });
});

describe('spectralNormOf(model)', () => {
  it('equals a Lanczos run on the model’s own W_hh, for every cell and recurrent scale', () => {
    for (const cell of ['rnn', 'lstm', 'gru'] as const)
      for (const recurrentScale of [0.1, 1.37, 4]) {
        const { model } = lab({ cell, recurrentScale, weightScale: 1.3 });
        const own = recurrentSpectralNorm(model);
        const shown = spectralNormOf(model);
        expect(Math.abs(shown - own) / own, `${cell} × ${recurrentScale}`).toBeLessThan(1e-12);
      }
  });

  it('computes its own for a model not made from settings (a copy, as a worker’s is)', () => {
    const { model } = lab({ recurrentScale: 2.5 });
    const copy = structuredClone(model);
    copy.params.weight_hh_l0[0] += 1;
    expect(spectralNormOf(copy)).toBe(recurrentSpectralNorm(copy));
    expect(spectralNormOf(copy)).not.toBeCloseTo(spectralNormOf(model), 6);
  });
});
