/** Colour scales of heatmaps: sequential 0–1 for gates, diverging around 0 for signed values. */
import { gateColour, signedColour } from '../theme';
import { symmetricMax } from './domain';
import { formatPlain } from './format';
import { colourRamp, respread, type ColourRamp } from './paintHeatmap';

/**
 * How a heatmap colours its values: `sequential` maps [0, 1] (gate activations, cividis);
 * `diverging` maps [−max, max] with white at 0 (signed values, purple–orange); `max` defaults
 * to the largest |value| in the data.
 */
export type HeatScale =
  { readonly kind: 'sequential' } | { readonly kind: 'diverging'; readonly max?: number };

/** A resolved scale: its domain, a fast colour function and the legend's ticks. */
export interface ResolvedHeatScale {
  readonly domain: readonly [number, number];
  readonly colour: (v: number) => string;
  /** Legend ticks, low to high: value and label. */
  readonly ticks: readonly { value: number; label: string }[];
}

/** The sequential scale's ramp, made once: its domain is always [0, 1]. */
let sequentialRamp: ColourRamp | undefined;
/**
 * The diverging colours over [−1, 1], made once: a scale over [−m, m] spreads the same colours
 * (`respread`) as the data's largest |value| moves. 257 levels, so that 0 falls on the middle one.
 */
let unitRamp: ColourRamp | undefined;

/** The scale resolved against the data: domain, colour function (256 levels) and legend ticks. */
export function resolveHeatScale(scale: HeatScale, values: ArrayLike<number>): ResolvedHeatScale {
  if (scale.kind === 'sequential') {
    const domain = [0, 1] as const;
    return {
      domain,
      colour: (sequentialRamp ??= colourRamp(gateColour, domain)),
      ticks: [0, 0.5, 1].map((v) => ({ value: v, label: String(v) })),
    };
  }
  const m = scale.max ?? symmetricMax([values]);
  const label = formatPlain(m, 2);
  return {
    domain: [-m, m],
    colour: respread((unitRamp ??= colourRamp((u) => signedColour(u, 1), [-1, 1], 257)), [-m, m]),
    ticks: [
      { value: -m, label: `−${label}` },
      { value: 0, label: '0' },
      { value: m, label },
    ],
  };
}
