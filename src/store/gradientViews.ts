/**
 * What the gradient lab's plots show, derived from a run: pure functions of engine results,
 * each tested against hand computations or the engine itself.
 */
import {
  gatePath,
  spectralNorm,
  weightGradContributions,
  type Gradients,
  type Model,
  type Trace,
} from '../engine';
import {
  bandsCaption,
  gradientBands,
  gradientDomain,
  logDomainOver,
  type GradientBand,
} from './gradientBands';
import type { Lang } from '../i18n/lang';
import { bandMessages } from './gradientMessages';
import {
  gradientRatio,
  ratioSentence,
  type GradientRatio,
  type GradientWhat,
} from './gradientRatio';
import {
  contributionSentence,
  gatePathSentence,
  gatePathSummary,
  measuredFactors,
  rnnWhySentence,
  rnnWhySummary,
  type GatePathSummary,
  type RnnWhySummary,
} from './whyItHappens';

/*
 * Each view carries its sentence in English (as tests and scripts read it) and the summary the
 * sentence is worded from, so that a panel words it in the UI language without recomputing
 * anything: `gradientSentence(view, lang)` and the like.
 */

/** The gradient-norm plot: the curves, the verdict on the memory curve, bands and domain. */
export interface GradientView {
  /** ‖∂L/∂h_t‖ of the top layer. */
  readonly h: Float64Array;
  /** ‖∂L/∂c_t‖ (LSTM only). */
  readonly c: Float64Array | null;
  /** The curve the ratio is taken on: the LSTM's cell state, else h. */
  readonly memory: 'c' | 'h';
  readonly ratio: GradientRatio;
  /** "The gradient reaching t = 0 is 3.1 × 10⁻⁹ of the one at t = 49: it has vanished." */
  readonly sentence: string;
  readonly bands: readonly GradientBand[];
  /** What the bands mean, in words ('' without bands). */
  readonly bandsCaption: string;
  readonly domain: readonly [number, number];
}

export function gradientView(grads: Gradients): GradientView {
  const { h, c } = grads.norms;
  const memory = c ? 'c' : 'h';
  const curve = c ?? h;
  const ratio = gradientRatio(curve);
  const bands = gradientBands(curve[curve.length - 1]);
  return {
    h,
    c: c ?? null,
    memory,
    ratio,
    sentence: ratioSentence(ratio, whatOf(memory)),
    bands,
    bandsCaption: bands.length ? bandsCaption(curve.length - 1, `∂L/∂${memory}`) : '',
    domain: gradientDomain(c ? [h, c] : [h], bands),
  };
}

/** The gradient a ratio is taken on: the LSTM's cell-state gradient, else ∂L/∂h. */
export const whatOf = (memory: 'c' | 'h'): GradientWhat =>
  memory === 'c' ? 'cell-state gradient' : 'gradient';

/** The gradient view's ratio sentence in `lang`. */
export const gradientSentence = (v: GradientView, lang: Lang): string =>
  ratioSentence(v.ratio, whatOf(v.memory), lang);

/** What the gradient view's bands mean, in `lang` ('' without bands). */
export const gradientBandsCaption = (v: GradientView, lang: Lang): string =>
  v.bands.length ? bandsCaption(v.ratio.last, `∂L/∂${v.memory}`, lang) : '';

/** "Why it happens" for an LSTM or GRU: the gradient its memory gate alone would carry. */
export interface GatePathView {
  readonly gate: 'f' | 'z';
  /** ‖∂L/∂c_t‖ (LSTM) or ‖∂L/∂h_t‖ (GRU) from BPTT. */
  readonly memoryNorm: Float64Array;
  /** ‖(∏_{s>t} gate_s) ⊙ g_{T−1}‖: the gradient along the gate path only. */
  readonly pathNorm: Float64Array;
  readonly summary: GatePathSummary;
  readonly sentence: string;
}

/** The gate-path view of the top layer, batch row 0; null for an RNN. */
export function gatePathView(trace: Trace, grads: Gradients): GatePathView | null {
  const { cell, hiddenSize: H, numLayers } = trace.config;
  if (cell === 'rnn') return null;
  const L = numLayers - 1;
  const T = trace.seqLen;
  const BH = trace.batch * H;
  const state = cell === 'lstm' ? 'c' : 'h';
  const last = grads.layers[L][state].subarray((T - 1) * BH, T * BH);
  const path = gatePath(trace, L, 0, last);
  if (!path) return null;
  const gateValues = trace.layers[L][path.gate];
  // Batch row 0 of the (T, B, H) gate, as (T, H).
  const row0 = new Float64Array(T * H);
  for (let t = 0; t < T; t++) row0.set(gateValues.subarray(t * BH, t * BH + H), t * H);
  const memoryNorm = (state === 'c' ? grads.norms.c : grads.norms.h) ?? grads.norms.h;
  const summary = gatePathSummary(row0, path.pathNorm, memoryNorm, H);
  return {
    gate: path.gate,
    memoryNorm,
    pathNorm: path.pathNorm,
    summary,
    sentence: gatePathSentence(path.gate, summary),
  };
}

const factorBands = (lang: Lang): readonly GradientBand[] => [
  { from: 0, to: 1, label: bandMessages[lang].factorShrinks, tone: 'vanished' },
  { from: 1, to: Infinity, label: bandMessages[lang].factorGrows, tone: 'exploded' },
];

/** The bands of the factor plot, by language: below 1 a step shrinks the gradient, above 1 it grows it. */
export const FACTOR_BANDS: Record<Lang, readonly GradientBand[]> = {
  en: factorBands('en'),
  zh: factorBands('zh'),
};

/** "Why it happens" for an RNN: measured factors per step, their bound, domain and sentence. */
export interface RnnWhyView {
  /** ‖∂L/∂h_{t−1}‖ / ‖∂L/∂h_t‖ (at t = 0, ‖∂L/∂h0‖ / ‖∂L/∂h_0‖). */
  readonly measured: Float64Array;
  /** ‖diag(1 − h_t²) W_hh‖₂ from the engine, or null while it is computed. */
  readonly bounds: Float64Array | null;
  readonly domain: readonly [number, number];
  readonly loss: 'last' | 'every';
  readonly summary: RnnWhySummary;
  readonly sentence: string;
}

/** The RNN's view from its gradients and (when computed) the engine's Jacobian factors. */
export function rnnWhyView(
  grads: Gradients,
  loss: 'last' | 'every',
  bounds: Float64Array | null,
): RnnWhyView {
  const { h, h0 } = grads.norms;
  const measured = measuredFactors(h, grads.layers.length === 1 ? h0 : NaN);
  const columns = bounds ? [measured, bounds] : [measured];
  // Bounds of another length are an older run's, still shown until the new ones land.
  const sameRun = bounds !== null && bounds.length === h.length;
  const summary = rnnWhySummary(h, sameRun ? bounds : []);
  return {
    measured,
    bounds,
    domain: logDomainOver(columns, [0.1, 10]),
    loss,
    summary,
    sentence: rnnWhySentence(summary, loss),
  };
}

/** Each step's share ‖C_t‖_F of ∂L/∂W_hh (top layer) and what it means. */
export function contributionView(model: Model, trace: Trace, grads: Gradients) {
  const values = weightGradContributions(model, trace, grads, model.config.numLayers - 1);
  return { values, sentence: contributionSentence(values) };
}

/** σ_max(W_hh) of layer 0: above 1, repeated multiplication by W_hh can grow a vector. */
export function recurrentSpectralNorm(model: Model): number {
  const { cell, hiddenSize: H } = model.config;
  const G = cell === 'lstm' ? 4 : cell === 'gru' ? 3 : 1;
  return spectralNorm(model.params.weight_hh_l0, G * H, H);
}
