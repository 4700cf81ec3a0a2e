/**
 * The shaded ranges of the gradient-norm plot: where a step's gradient counts as vanished or
 * exploded relative to the last step's, and a log domain that always shows both edges.
 */
import type { Lang } from '../i18n/lang';
import { bandMessages } from './gradientMessages';
import { EXPLODED_ABOVE, VANISHED_BELOW, formatTimes } from './gradientRatio';

/** A shaded range of the value axis (the chart kit's `Band`, structurally). */
export interface GradientBand {
  /** Lower edge in data units (0: the bottom of the plot). */
  readonly from: number;
  /** Upper edge in data units (Infinity: the top of the plot). */
  readonly to: number;
  readonly label: string;
  readonly tone: 'vanished' | 'exploded';
}

/**
 * Below 1e-6 × ‖g_{T−1}‖: vanished; above 1e3 × ‖g_{T−1}‖: exploded. None when the last step's
 * norm is zero or not finite (there is no reference to measure against).
 */
export function gradientBands(lastNorm: number, lang: Lang = 'en'): GradientBand[] {
  if (!(lastNorm > 0 && Number.isFinite(lastNorm))) return [];
  const m = bandMessages[lang];
  return [
    { from: 0, to: VANISHED_BELOW * lastNorm, label: m.vanished, tone: 'vanished' },
    { from: EXPLODED_ABOVE * lastNorm, to: Infinity, label: m.exploded, tone: 'exploded' },
  ];
}

/** The bands relabelled in `lang` (the same array in English, whose labels they already have). */
export function bandsIn(bands: readonly GradientBand[], lang: Lang): readonly GradientBand[] {
  if (lang === 'en') return bands;
  return bands.map((b) => ({ ...b, label: bandMessages[lang][b.tone] }));
}

/** What the bands mean, under the plot: "Shaded: vanished below 10⁻⁶ × ‖∂L/∂h_49‖, …". */
export function bandsCaption(lastStep: number, symbol = '∂L/∂h', lang: Lang = 'en'): string {
  const g = `‖${symbol}_${lastStep}‖`;
  return bandMessages[lang].caption(formatTimes(VANISHED_BELOW), formatTimes(EXPLODED_ABOVE), g);
}

/**
 * A log domain [10^a, 10^b] over every positive finite value of the curves and of `extra`,
 * widened to whole decades (at least one). Zero, negatives, NaN and ±Infinity are ignored;
 * [0.1, 10] when nothing is left.
 */
export function logDomainOver(
  columns: readonly ArrayLike<number>[],
  extra: readonly number[] = [],
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const see = (v: number) => {
    if (!(v > 0 && v < Infinity)) return;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  };
  for (const values of columns) for (let i = 0; i < values.length; i++) see(values[i]);
  extra.forEach(see);
  if (!(lo <= hi)) return [0.1, 10];
  const a = Math.max(-323, Math.floor(Math.log10(lo)));
  let b = Math.min(308, Math.ceil(Math.log10(hi)));
  if (b === a) b += 1;
  return [10 ** a, 10 ** b];
}

/** The share of the plot's height each band gets at least, so that it shows with its label. */
const BAND_SHARE = 0.12;

/**
 * The gradient plot's log domain: every positive finite value of the curves and both band
 * edges, then widened past each edge by at least 12% of the decades shown, so that each band is
 * a strip tall enough for its label even before a curve reaches it.
 */
export function gradientDomain(
  columns: readonly ArrayLike<number>[],
  bands: readonly GradientBand[],
): [number, number] {
  const edges = bands.map((b) => (b.tone === 'vanished' ? b.to : b.from));
  const [d0, d1] = logDomainOver(columns, edges);
  let lo = Math.round(Math.log10(d0));
  let hi = Math.round(Math.log10(d1));
  const pad = Math.max(1, Math.ceil(BAND_SHARE * (hi - lo)));
  for (const b of bands) {
    if (b.tone === 'vanished') lo = Math.min(lo, Math.floor(Math.log10(b.to)) - pad);
    else hi = Math.max(hi, Math.ceil(Math.log10(b.from)) + pad);
  }
  return [10 ** Math.max(-323, lo), 10 ** Math.min(308, hi)];
}
