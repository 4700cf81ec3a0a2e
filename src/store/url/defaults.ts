import { LAB_DEFAULTS } from '../labPresets';
import { DEFAULT_SETTINGS } from '../settings';
import { urlStateOf } from './convert';
import { DEFAULT_URL_STATE, type UrlState, type ViewId } from './params';

/** The gradient lab's starting state: its own defaults (LAB_DEFAULTS), at t = 0. */
const LAB_URL_STATE: UrlState = urlStateOf(
  { settings: { ...DEFAULT_SETTINGS, ...LAB_DEFAULTS }, cursor: { t: 0, sub: 0 }, unit: 0 },
  { ...DEFAULT_URL_STATE, view: 'lab' },
);

/**
 * What a URL means by leaving a parameter out, by view. The settings in a URL are those of the
 * view's widget: the gradient lab's own (from its defaults, so `?view=lab` is the lab as it
 * starts), otherwise the cell stepper's (the training lab keeps its settings to itself).
 */
export function urlDefaults(view: ViewId): UrlState {
  return view === 'lab' ? LAB_URL_STATE : DEFAULT_URL_STATE;
}
