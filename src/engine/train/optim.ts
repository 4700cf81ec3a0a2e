import type { Params } from '../types';
import { powInt } from '../libm';

/** Gradients keyed like the parameters they belong to. */
export type Grads = Record<string, Float64Array>;

/** An optimiser over a record of parameters; `step` updates them in place from the gradients. */
export interface Optimizer {
  step(params: Params, grads: Grads): void;
}

/** torch.optim.SGD's settings (dampening 0, no Nesterov, no weight decay). */
export interface SgdOptions {
  readonly lr: number;
  /** 0 (PyTorch's default) for plain SGD. */
  readonly momentum?: number;
}

/**
 * torch.optim.SGD: with momentum μ, b ← μ b + g (b = g on the first step), p ← p − lr · b;
 * without, p ← p − lr · g.
 */
export function sgd({ lr, momentum = 0 }: SgdOptions): Optimizer {
  const buffers = new Map<string, Float64Array>();
  return {
    step(params, grads) {
      for (const [name, p] of Object.entries(params)) {
        const g = grads[name];
        if (momentum === 0) {
          for (let k = 0; k < p.length; k++) p[k] -= lr * g[k];
          continue;
        }
        let b = buffers.get(name);
        if (b === undefined) {
          b = Float64Array.from(g);
          buffers.set(name, b);
        } else {
          for (let k = 0; k < b.length; k++) b[k] = momentum * b[k] + g[k];
        }
        for (let k = 0; k < p.length; k++) p[k] -= lr * b[k];
      }
    },
  };
}

/** torch.optim.Adam's settings; the defaults are PyTorch's. */
export interface AdamOptions {
  readonly lr?: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly eps?: number;
}

/**
 * torch.optim.Adam (no AMSGrad, no weight decay), as PyTorch computes it:
 * m ← β₁ m + (1 − β₁) g,  v ← β₂ v + (1 − β₂) g²,
 * p ← p − (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε).
 */
export function adam({ lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8 }: AdamOptions = {}) {
  const state = new Map<string, { m: Float64Array; v: Float64Array }>();
  let t = 0;
  const optimizer: Optimizer = {
    step(params, grads) {
      t++;
      const bc1 = 1 - powInt(beta1, t);
      const bc2 = Math.sqrt(1 - powInt(beta2, t));
      const stepSize = lr / bc1;
      for (const [name, p] of Object.entries(params)) {
        const g = grads[name];
        let s = state.get(name);
        if (s === undefined) {
          s = { m: new Float64Array(p.length), v: new Float64Array(p.length) };
          state.set(name, s);
        }
        const { m, v } = s;
        for (let k = 0; k < p.length; k++) {
          m[k] = beta1 * m[k] + (1 - beta1) * g[k];
          v[k] = beta2 * v[k] + (1 - beta2) * g[k] * g[k];
          p[k] -= (stepSize * m[k]) / (Math.sqrt(v[k]) / bc2 + eps);
        }
      }
    },
  };
  return optimizer;
}

/** ‖g‖ = √(Σ over every tensor of ‖g_i‖²): the global norm that clipping measures. */
export function globalNorm(grads: Grads): number {
  let sq = 0;
  for (const g of Object.values(grads)) {
    for (let k = 0; k < g.length; k++) sq += g[k] * g[k];
  }
  return Math.sqrt(sq);
}

/**
 * torch.nn.utils.clip_grad_norm_: when the global norm exceeds maxNorm, every gradient is
 * multiplied by maxNorm / (‖g‖ + 1e-6). Returns the norm before clipping and whether it clipped.
 */
export function clipGradNorm(grads: Grads, maxNorm: number): { norm: number; clipped: boolean } {
  const norm = globalNorm(grads);
  const coef = maxNorm / (norm + 1e-6);
  if (!(coef < 1)) return { norm, clipped: false };
  for (const g of Object.values(grads)) for (let k = 0; k < g.length; k++) g[k] *= coef;
  return { norm, clipped: true };
}
