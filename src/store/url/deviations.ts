import { urlStateOf, settingsOf, type WidgetPlace } from './convert';
import { DEFAULT_URL_STATE, URL_KEYS, type UrlState } from './params';

/** The page's own fields; every other URL field belongs to a widget (settings, cursor, unit). */
const PAGE_KEYS: readonly (keyof UrlState)[] = [
  'embed',
  'panels',
  'hide',
  'view',
  'lesson',
  'step',
  'lang',
];

/** The URL fields of a widget: its settings, cursor and unit. */
export const WIDGET_KEYS = URL_KEYS.filter((k) => !PAGE_KEYS.includes(k));

/**
 * Widget fields a URL sets over a place it does not itself describe: in the lessons view, what
 * the student changed after the step set the widget up (`hidden=8` over a step's hidden size 4).
 */
export type Deviations = Partial<UrlState>;

/** The widget fields among `given` (a `UrlReading`'s), with their values in `u`. */
export function deviationsOf(u: UrlState, given: readonly (keyof UrlState)[]): Deviations {
  const widget = given.filter((k) => WIDGET_KEYS.includes(k));
  return Object.fromEntries(widget.map((k) => [k, u[k]])) as Deviations;
}

/** The widget place a URL state describes. */
export function placeOf(u: UrlState): WidgetPlace {
  return { settings: settingsOf(u), cursor: { t: u.t, sub: u.sub }, unit: u.unit };
}

/** `start` with the deviations laid over it. */
export function deviate(start: WidgetPlace, deviations: Deviations): WidgetPlace {
  return placeOf({ ...urlStateOf(start, DEFAULT_URL_STATE), ...deviations });
}

/** What a URL leaves out while a lesson step is shown: where the step put the widget. */
export function lessonBase(start: WidgetPlace): UrlState {
  return urlStateOf(start, DEFAULT_URL_STATE);
}
