/**
 * Why the gradient does what it does, in numbers and one sentence: for an RNN the per-step
 * Jacobian factors ‖diag(1 − h_t²) W_hh‖, for an LSTM or GRU the memory gate along the additive
 * path. Pure functions of engine results (jacobianFactors, gatePath).
 */
import type { Lang } from '../i18n/lang';
import { whyMessages } from './gradientMessages';
import { formatTimes } from './gradientRatio';

/**
 * The measured per-step factor ‖∂L/∂h_{t−1}‖ / ‖∂L/∂h_t‖ at each t (what going back from step t
 * to t − 1 did to the gradient); at t = 0 the step back reaches the initial state, ‖∂L/∂h0‖.
 */
export function measuredFactors(norms: ArrayLike<number>, h0Norm: number): Float64Array {
  const out = new Float64Array(norms.length);
  for (let t = 0; t < norms.length; t++) out[t] = (t === 0 ? h0Norm : norms[t - 1]) / norms[t];
  return out;
}

/** An RNN's gradient per step back: measured, and bounded by the Jacobian's norm. */
export interface RnnWhySummary {
  /** Steps back from T − 1 to 0: T − 1. */
  readonly steps: number;
  /** Geometric mean of the measured factors at t = 1 … T − 1: (‖g_0‖ / ‖g_{T−1}‖)^(1/(T−1)). */
  readonly measuredMean: number;
  /** ‖g_0‖ / ‖g_{T−1}‖: the product of the measured factors. */
  readonly total: number;
  /** Geometric mean of the bounds ‖diag(1 − h_t²) W_hh‖ at t = 1 … T − 1. */
  readonly boundMean: number;
}

/** Geometric mean of a[1 … n − 1] by a sum of logs (the product under- or overflows first). */
function geometricMeanAfterFirst(a: ArrayLike<number>): number {
  let logSum = 0;
  for (let t = 1; t < a.length; t++) logSum += Math.log(a[t]);
  return a.length > 1 ? Math.exp(logSum / (a.length - 1)) : NaN;
}

/** `norms` ‖∂L/∂h_t‖ and the engine's Jacobian factors `bounds`, both t = 0 … T − 1. */
export function rnnWhySummary(norms: ArrayLike<number>, bounds: ArrayLike<number>): RnnWhySummary {
  const T = norms.length;
  const total = T > 1 ? norms[0] / norms[T - 1] : NaN;
  return {
    steps: Math.max(0, T - 1),
    measuredMean: T > 1 ? total ** (1 / (T - 1)) : NaN,
    total,
    boundMean: geometricMeanAfterFirst(bounds),
  };
}

/**
 * What the RNN's "why" plot shows, in words. With the loss on every step, each step also adds
 * its own loss gradient, so the measured factor is no longer bounded by the Jacobian's norm.
 */
export function rnnWhySentence(
  s: RnnWhySummary,
  loss: 'last' | 'every',
  lang: Lang = 'en',
): string {
  const m = whyMessages[lang];
  if (s.steps === 0) return m.noStepBack;
  const head = loss === 'last' ? m.rnnHeadLast : m.rnnHeadEvery;
  if (!(Number.isFinite(s.measuredMean) && s.measuredMean > 0)) return head + m.rnnNoFactor;
  const shrinks = s.measuredMean < 1;
  const mean = (shrinks ? m.rnnShrinks : m.rnnGrows)(
    formatTimes(s.measuredMean),
    s.steps,
    formatTimes(s.total),
  );
  let why = '';
  if (loss === 'last' && shrinks && s.boundMean >= 1) why = m.rnnMisaligned;
  else if (loss === 'last' && s.boundMean < 1) why = m.rnnBoundBelow;
  return head + mean + why;
}

/** The memory gate along the additive path and how much gradient that path carries. */
export interface GatePathSummary {
  /** The mean of the gate over units and over the steps the path crosses (t = 1 … T − 1). */
  readonly meanGate: number;
  /** pathNorm_0 / pathNorm_{T−1}: the share of the last step's gradient the path brings to t = 0. */
  readonly carried: number;
  /** ‖g_0‖ / ‖g_{T−1}‖ of the full BPTT gradient, every path included. */
  readonly full: number;
  /** T − 1. */
  readonly steps: number;
}

/**
 * `gate` (T, H) for one batch row (the LSTM's f or the GRU's z), `pathNorm` (T) from the
 * engine's gatePath and `fullNorm` (T), the BPTT norm of the same state (‖∂L/∂c_t‖ or ‖∂L/∂h_t‖).
 */
export function gatePathSummary(
  gate: ArrayLike<number>,
  pathNorm: ArrayLike<number>,
  fullNorm: ArrayLike<number>,
  hidden: number,
): GatePathSummary {
  const T = pathNorm.length;
  let sum = 0;
  for (let k = hidden; k < T * hidden; k++) sum += gate[k];
  const n = (T - 1) * hidden;
  const ratio = (a: ArrayLike<number>) => (T > 0 && a[T - 1] > 0 ? a[0] / a[T - 1] : NaN);
  return {
    meanGate: n > 0 ? sum / n : NaN,
    carried: ratio(pathNorm),
    full: ratio(fullNorm),
    steps: Math.max(0, T - 1),
  };
}

/** The LSTM's forget gate f on the cell path, or the GRU's update gate z on the direct path. */
const PATHS = {
  f: { state: 'c', name: 'forgetGatePath', equation: 'c_t = f_t ⊙ c_(t−1) + i_t ⊙ g_t' },
  z: { state: 'h', name: 'updateGatePath', equation: 'h_t = z_t ⊙ h_(t−1) + (1 − z_t) ⊙ n_t' },
} as const;

/** Within this factor of each other, the full gradient "follows" the gate path. */
const FOLLOWS = 3;

/** "Along the path c_t = f_t ⊙ c_(t−1) + …, each step back multiplies ∂L/∂c by f_t. …" */
export function gatePathSentence(gate: 'f' | 'z', s: GatePathSummary, lang: Lang = 'en'): string {
  const m = whyMessages[lang];
  const p = PATHS[gate];
  if (s.steps === 0) return m.noStepBack;
  const head = m.pathHead(p.equation, p.state, m[p.name], formatTimes(s.meanGate));
  if (!(Number.isFinite(s.carried) && Number.isFinite(s.full) && s.carried > 0)) {
    return head + m.pathNothing;
  }
  const path = head + m.pathCarries(formatTimes(s.carried), p.state, s.steps);
  const k = s.full / s.carried;
  if (k <= FOLLOWS && k >= 1 / FOLLOWS) return path + m.pathFollowed;
  return path + (k > FOLLOWS ? m.pathMore : m.pathLess)(formatTimes(s.full));
}

/** Where ∂L/∂W_hh comes from: the steps whose share is negligible next to the largest. */
export function contributionSentence(values: ArrayLike<number>, lang: Lang = 'en'): string {
  const m = whyMessages[lang];
  const T = values.length;
  let max = 0;
  let argmax = 0;
  for (let t = 0; t < T; t++) {
    if (!Number.isFinite(values[t])) return m.shareOverflowed(t);
    if (values[t] > max) {
      max = values[t];
      argmax = t;
    }
  }
  if (!(max > 0)) return m.noShare;
  let tiny = 0;
  let min = Infinity;
  let argmin = 0;
  for (let t = 0; t < T; t++) {
    if (values[t] < 1e-6 * max) tiny++;
    if (values[t] < min) {
      min = values[t];
      argmin = t;
    }
  }
  if (tiny > 0) return m.tinyShares(tiny, T, argmax);
  return m.everyShare(argmax, argmin, formatTimes(min / max));
}
