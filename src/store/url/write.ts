import { urlDefaults } from './defaults';
import { URL_KEYS, URL_PARAMS, type UrlState } from './params';

const formatted = <K extends keyof UrlState>(u: UrlState, k: K) => URL_PARAMS[k].format(u[k]);

/** How `formatUrl` writes a state. */
export interface FormatOptions {
  /**
   * What leaving a parameter out means (default: `urlDefaults` of the state's view). A lesson
   * step passes where it starts, so that the URL holds only what the student changed since.
   */
  readonly base?: UrlState;
  /** Parameters written even at their default (`lang` once the language has been chosen). */
  readonly keep?: readonly (keyof UrlState)[];
}

/**
 * The query string of a URL state: every parameter not at its base (see `FormatOptions`), in
 * the table's order, percent-encoded except commas ('' when all are left out, else starting
 * with '?').
 */
export function formatUrl(u: UrlState, options: FormatOptions = {}): string {
  const q = new URLSearchParams();
  // The view itself is left out only when it is the first tab.
  const base = { ...(options.base ?? urlDefaults(u.view)), view: URL_PARAMS.view.default };
  const keep = options.keep ?? [];
  for (const k of URL_KEYS) {
    const v = formatted(u, k);
    if (v !== formatted(base, k) || keep.includes(k)) q.set(URL_PARAMS[k].name, v);
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
