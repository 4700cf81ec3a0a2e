import type { LayerView } from '../layer';

/** Gradient buffers of one layer's backward pass (see backward.ts). */
export interface BackState {
  /** dL/dh_t: (T, B, H), the total derivative; row t is filled before `backStep(t)` runs. */
  readonly dh: Float64Array;
  /** dL/dc_t: (T, B, H), total (through h_t and c_{t+1}); LSTM only, filled by `backStep`. */
  readonly dc: Float64Array | null;
  /** (B, H). On return from `backStep(t)`: the part of dL/dh_{t−1} that bypasses W_hh. */
  readonly dhNext: Float64Array;
  /** (B, H), LSTM only. In: dL/dc_t through c_{t+1}. Out: dL/dc_{t−1} through c_t. */
  readonly dcNext: Float64Array | null;
  /** (T, B, G·H): dL/d(input-side pre-activations) — what W_ih, b_ih and u see. */
  readonly dA: Float64Array;
  /** (T, B, G·H): dL/d(recurrent-side pre-activations) — what W_hh, b_hh and h_{t−1} see. */
  readonly dB: Float64Array;
}

/** Where a recorded per-step gradient lives: a gate block of dA or of dB. */
export interface GradSource {
  readonly name: string;
  readonly from: 'dA' | 'dB';
  readonly q: number;
}

/** The arithmetic of one cell kind. */
export interface CellKernel {
  /** One function per numbered sub-step (SUBSTEPS order); each fills its quantities at step t. */
  readonly substeps: readonly ((L: LayerView, t: number) => void)[];
  /** Whether the recurrent side's gradient differs from the input side's (GRU's n rows). */
  readonly separateRecurrentGrad: boolean;
  /** Backprop through step t: fill dA[t], dB[t], dhNext, and dc[t], dcNext for an LSTM. */
  backStep(L: LayerView, t: number, s: BackState): void;
  /** Per-step pre-activation gradients to record, by name. */
  readonly gradSources: readonly GradSource[];
}
