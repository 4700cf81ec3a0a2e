import { urlDefaults } from './defaults';
import { URL_KEYS, URL_PARAMS, type UrlState } from './params';

const formatted = <K extends keyof UrlState>(u: UrlState, k: K) => URL_PARAMS[k].format(u[k]);

/**
 * The query string of a URL state: every parameter not at its view's default (`urlDefaults`),
 * in the table's order, percent-encoded except commas ('' when all are defaults, else
 * starting with '?').
 */
export function formatUrl(u: UrlState): string {
  const q = new URLSearchParams();
  // The view itself is left out only when it is the first tab.
  const base = { ...urlDefaults(u.view), view: URL_PARAMS.view.default };
  for (const k of URL_KEYS) {
    const v = formatted(u, k);
    if (v !== formatted(base, k)) q.set(URL_PARAMS[k].name, v);
  }
  // Commas need no escape in a query (they are sub-delimiters), and lists read better bare.
  const s = q.toString().replace(/%2C/g, ',');
  return s === '' ? '' : `?${s}`;
}

/** Changes that make a new history entry (Back undoes them); the rest replace the current one. */
const DISCRETE: readonly (keyof UrlState)[] = [
  'view',
  'lesson',
  'step',
  'cell',
  'seqKind',
  'numLayers',
  'bias',
  'init',
  'loss',
];

/** Whether going from `a` to `b` is a discrete change (a new history entry). */
export function isDiscreteChange(a: UrlState, b: UrlState): boolean {
  return DISCRETE.some((k) => formatted(a, k) !== formatted(b, k));
}
