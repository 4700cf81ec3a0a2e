/**
 * The chart kit's colours, all drawn from the theme: series get a distinct colour AND dash (so
 * colour is never the only cue), bands a pale tint of a meaningful colour.
 */
import { OKABE_ITO } from '../theme';

/** How one line is stroked. */
export interface SeriesStyle {
  readonly colour: string;
  /** SVG stroke-dasharray; '' is solid. */
  readonly dash: string;
}

/** The default style of the k-th series (cycles after six). Yellow is left out: too pale on white. */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: OKABE_ITO.blue, dash: '' },
  { colour: OKABE_ITO.vermillion, dash: '6 3' },
  { colour: OKABE_ITO.green, dash: '2 3' },
  { colour: OKABE_ITO.purple, dash: '9 3 2 3' },
  { colour: OKABE_ITO.orange, dash: '12 4' },
  { colour: OKABE_ITO.skyBlue, dash: '1 2' },
];

export const seriesStyle = (k: number): SeriesStyle => SERIES_STYLES[k % SERIES_STYLES.length];

/**
 * The fill of a shaded band by its meaning, in the light theme (the fill attribute); charts.css
 * paints bands with styles.css's --band-* colours, which the dark theme dims.
 */
export const BAND_FILLS = {
  /** Below a threshold where a gradient counts as vanished. */
  vanished: '#dcebf7',
  /** Above a threshold where a gradient counts as exploded. */
  exploded: '#fbe1d1',
  /** Any other range worth marking. */
  neutral: '#ecedef',
} as const;

/** Ink for axes, labels and the cursor; muted ink for grid lines. */
export const INK = '#1b1f24';
export const MUTED = '#565d67';
export const GRID = '#e3e5e8';
/** Overflow markers: vermillion, the palette's alarm colour. */
export const ALARM = OKABE_ITO.vermillion;
