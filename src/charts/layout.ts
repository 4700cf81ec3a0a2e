/**
 * The geometry every step chart shares, so that charts stacked in a column line up: the same
 * margins, and step i centred in its column at x = (i + ½)·width / n.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { CHART } from '../theme';

/** Space around the plot area, in CSS pixels. */
export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * The kit's margins: the theme's, with room on the right for a heatmap's colour legend, so
 * that line charts and heatmaps stacked in a column share their x positions.
 */
export const MARGIN: Margin = { ...CHART.margin, top: 22, right: 76, bottom: 40, left: 64 };

/** The plot area inside a chart of the given outer size. */
export interface PlotBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The plot area of a width × height chart with margin m (never narrower than 40 px). */
export function plotBox(width: number, height: number, m: Margin = MARGIN): PlotBox {
  return {
    left: m.left,
    top: m.top,
    width: Math.max(40, width - m.left - m.right),
    height: Math.max(20, height - m.top - m.bottom),
  };
}

/** x of step index i: steps 0 … n − 1 each centred in one of n equal columns of the plot. */
export function stepScale(n: number, plotWidth: number) {
  return scaleLinear()
    .domain([-0.5, Math.max(1, n) - 0.5])
    .range([0, plotWidth]);
}

/** The step index nearest to x (plot coordinates), clamped to 0 … n − 1. */
export function indexAt(x: number, n: number, plotWidth: number): number {
  const i = Math.floor((x / plotWidth) * n);
  return Math.max(0, Math.min(n - 1, i));
}

/** A value axis: linear or log over `domain`, mapped bottom (low) to top (high). */
export function valueScale(
  kind: 'linear' | 'log',
  domain: readonly [number, number],
  plotHeight: number,
): ScaleContinuousNumeric<number, number> {
  const scale = kind === 'log' ? scaleLog() : scaleLinear();
  return scale.domain(domain).range([plotHeight, 0]);
}
