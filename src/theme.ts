import { interpolateCividis, interpolatePuOr } from 'd3';

/**
 * GateScope's visual constants in one place. Colours are colour-blind safe: the Okabe–Ito
 * palette for categories, cividis for sequential 0–1 values and purple–orange for signed values.
 * Colour is never the only cue: steps are numbered and named, series have line styles.
 * The page's own colours (ink, paper, panels, grid lines), light and dark, are the custom
 * properties at the top of styles.css; these stay the same in both themes.
 */

/** Okabe–Ito, the categorical palette. */
export const OKABE_ITO = {
  orange: '#e69f00',
  skyBlue: '#56b4e9',
  green: '#009e73',
  yellow: '#f0e442',
  blue: '#0072b2',
  vermillion: '#d55e00',
  purple: '#cc79a7',
  black: '#000000',
} as const;

/** The colour of each sub-step (matches `[data-step]` in styles.css). */
export const STEP_COLOURS: Record<string, string> = {
  forget: OKABE_ITO.vermillion,
  reset: OKABE_ITO.vermillion,
  input: OKABE_ITO.blue,
  candidate: OKABE_ITO.green,
  output: OKABE_ITO.purple,
  update: OKABE_ITO.purple,
  cell: OKABE_ITO.orange,
  hidden: OKABE_ITO.skyBlue,
  state: OKABE_ITO.skyBlue,
};

/** The colour and dash of each cell kind where the three are drawn together. */
export const CELL_STYLES = {
  rnn: { colour: OKABE_ITO.vermillion, dash: '6 3' },
  lstm: { colour: OKABE_ITO.blue, dash: '' },
  gru: { colour: OKABE_ITO.green, dash: '2 3' },
} as const;

/** Sequential 0–1 values (gate activations): cividis, dark = 0, light = 1. */
export const gateColour = (v: number): string => interpolateCividis(Math.max(0, Math.min(1, v)));

/**
 * Signed values on a symmetric domain [−m, m]: purple for negative, white at 0, orange for
 * positive (d3's PuOr reversed so that positive is warm).
 */
export function signedColour(v: number, m: number): string {
  const u = m > 0 ? Math.max(-1, Math.min(1, v / m)) : 0;
  return interpolatePuOr(0.5 + u / 2); // PuOr runs purple (0) to orange (1)
}

/** Chart margins and sizes. */
export const CHART = {
  margin: { top: 12, right: 16, bottom: 36, left: 56 },
  height: 220,
  /** Heatmap cell size in CSS pixels before the chart is fitted to its width. */
  cell: 8,
} as const;
