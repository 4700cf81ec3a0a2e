/**
 * How much of the gradient at the last step reaches the first: the ratio ‖g_0‖ / ‖g_{T−1}‖ of a
 * per-step gradient-norm curve, its verdict, and the plain sentence the gradient lab shows.
 */

import { formatDecade } from '../charts/format';
import type { Lang } from '../i18n/lang';
import { ratioMessages } from './gradientMessages';

/** Below this ratio a gradient has vanished: t = 0 gets less than a millionth of t = T − 1. */
export const VANISHED_BELOW = 1e-6;
/**
 * From this ratio on a gradient has survived (the lab's claims: an LSTM's or GRU's stays above
 * 1e-2); between VANISHED_BELOW and this it has shrunk, but not vanished.
 */
export const SURVIVED_FROM = 1e-2;
/** Above this ratio a gradient has exploded. */
export const EXPLODED_ABOVE = 1e3;

/** What became of the gradient on its way back from the last step to the first. */
export type GradientVerdict =
  'vanished' | 'shrank' | 'survived' | 'grew' | 'exploded' | 'overflowed' | 'none';

/** The verdict on a finite ratio r = ‖g_0‖ / ‖g_{T−1}‖. */
export function verdictOf(r: number): GradientVerdict {
  if (Number.isNaN(r)) return 'none';
  if (!Number.isFinite(r)) return 'overflowed';
  if (r < VANISHED_BELOW) return 'vanished';
  if (r < SURVIVED_FROM) return 'shrank';
  if (r > EXPLODED_ABOVE) return 'exploded';
  return r > 1 ? 'grew' : 'survived';
}

/**
 * A positive number for a sentence: two significant digits, plain between 0.001 and 1000
 * (`0.021`, `12`), else scientific with a superscript exponent (`3.1 × 10⁻⁹`, `10⁻⁶`).
 */
export function formatTimes(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e3) return String(Number(v.toPrecision(2)));
  const [mantissa, exponent] = v.toExponential(1).split('e');
  const decade = formatDecade(Number(exponent));
  return mantissa === '1.0' ? decade : `${mantissa} × ${decade}`;
}

/** A gradient-norm curve reduced to what the sentence says. */
export interface GradientRatio {
  /** ‖g_0‖ / ‖g_{T−1}‖; NaN when there is nothing to compare, Infinity after an overflow. */
  readonly ratio: number;
  readonly verdict: GradientVerdict;
  /** T − 1: the last step, where the gradient starts. */
  readonly last: number;
  /** The step where the norm first stops being a finite number, going back from T − 1; or null. */
  readonly overflowAt: number | null;
}

/**
 * The ratio of a norm curve ‖g_t‖, t = 0 … T − 1. An overflow (NaN or ±Infinity anywhere) makes
 * the verdict `overflowed`; a single step, or a last step of zero norm, `none`.
 */
export function gradientRatio(norms: ArrayLike<number>): GradientRatio {
  const last = norms.length - 1;
  let overflowAt: number | null = null;
  for (let t = last; t >= 0; t--) {
    if (!Number.isFinite(norms[t])) {
      overflowAt = t;
      break;
    }
  }
  if (overflowAt !== null) return { ratio: Infinity, verdict: 'overflowed', last, overflowAt };
  const ratio = last >= 1 && norms[last] > 0 ? norms[0] / norms[last] : NaN;
  return { ratio, verdict: verdictOf(ratio), last, overflowAt };
}

/** What a ratio sentence names: the gradient ∂L/∂h, or the LSTM's cell-state gradient ∂L/∂c. */
export type GradientWhat = 'gradient' | 'cell-state gradient';

/**
 * The ratio as a sentence: "The gradient reaching t = 0 is 3.1 × 10⁻⁹ of the one at t = 49: it
 * has vanished." (`of the one` below 1, `times the one` above); in Chinese "到达 t = 0 的梯度是
 * t = 49 处的 3.1 × 10⁻⁹ 倍：梯度已经消失。" `what` names the gradient.
 */
export function ratioSentence(
  r: GradientRatio,
  what: GradientWhat = 'gradient',
  lang: Lang = 'en',
): string {
  const m = ratioMessages[lang];
  const name = what === 'gradient' ? m.gradient : m.cellStateGradient;
  const T = r.last + 1;
  if (r.verdict === 'overflowed') return m.overflowed(name, r.last, r.overflowAt ?? r.last);
  if (T < 2) return m.oneStep(name);
  if (r.verdict === 'none') return m.zeroAtLast(name, r.last);
  const how =
    r.ratio === 0
      ? m.exactlyZero
      : r.ratio <= 1
        ? m.fractionOf(formatTimes(r.ratio), r.last)
        : m.timesThe(formatTimes(r.ratio), r.last);
  return m.reaching(name, how, m[r.verdict]);
}
