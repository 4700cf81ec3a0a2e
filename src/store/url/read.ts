import { SUBSTEPS } from '../../engine';
import { LESSON_STEP_COUNTS } from '../../lessons/ids';
import { DEFAULT_SETTINGS, sequenceLength, settingsProblem } from '../settings';
import { settingsOf, urlStateOf } from './convert';
import { DEFAULT_URL_STATE, URL_KEYS, URL_PARAMS, type UrlState } from './params';

/** One ignored parameter, for the notice: "Ignored hidden=abc: not a whole number from 1 to 128". */
export interface UrlNoticeItem {
  /** The parameter's name as written in the URL. */
  readonly param: string;
  /** Its value as given (decoded; shown as text, never as markup). */
  readonly raw: string;
  /** Why it was ignored. */
  readonly reason: string;
}

/** A URL read: the state it sets (defaults where it says nothing valid) and what was ignored. */
export interface UrlReading {
  readonly state: UrlState;
  readonly notices: readonly UrlNoticeItem[];
  /** Whether the URL set the language (else the page follows the browser's preference). */
  readonly langGiven: boolean;
}

const BY_NAME = new Map(URL_KEYS.map((k) => [URL_PARAMS[k].name, k]));

/** Every parameter's own value: unknown names, repeats and invalid values are ignored. */
function readEach(query: URLSearchParams, notices: UrlNoticeItem[]): UrlState {
  const state: Record<string, unknown> = { ...DEFAULT_URL_STATE };
  const seen = new Set<string>();
  for (const [param, raw] of query) {
    const key = BY_NAME.get(param);
    if (key === undefined) {
      notices.push({ param, raw, reason: 'unknown parameter' });
      continue;
    }
    if (seen.has(param)) {
      notices.push({ param, raw, reason: 'given more than once; the first is used' });
      continue;
    }
    seen.add(param);
    const parsed = URL_PARAMS[key].parse(raw);
    if (parsed.value !== undefined) state[key] = parsed.value;
    if (parsed.problem !== undefined) {
      notices.push({ param, raw: 'raw' in parsed ? parsed.raw : raw, reason: parsed.problem });
    }
  }
  return state as unknown as UrlState;
}

/**
 * Settings the URL gives one by one may still be refused together (`settingsProblem`, e.g.
 * seq=text with no text): the sequence falls back first, then everything.
 */
function checkSettings(u: UrlState, query: URLSearchParams, notices: UrlNoticeItem[]): UrlState {
  const problem = settingsProblem(settingsOf(u));
  if (problem === null) return u;
  const plainSequence = urlStateOf(
    {
      settings: { ...settingsOf(u), sequence: DEFAULT_SETTINGS.sequence },
      cursor: u,
      unit: u.unit,
    },
    u,
  );
  if (settingsProblem(settingsOf(plainSequence)) === null) {
    notices.push({ param: 'seq', raw: query.get('seq') ?? u.seqKind, reason: problem });
    return plainSequence;
  }
  notices.push({ param: 'settings', raw: '', reason: problem });
  return urlStateOf({ settings: DEFAULT_SETTINGS, cursor: u, unit: u.unit }, u);
}

/** The cursor and unit must lie inside the run the settings make; outside, they start at 0. */
function checkPlace(u: UrlState, notices: UrlNoticeItem[]): UrlState {
  const T = sequenceLength(settingsOf(u).sequence);
  const S = SUBSTEPS[u.cell].length;
  const out: [keyof UrlState & ('t' | 'sub' | 'unit'), number, string][] = [
    ['t', T - 1, `past the last time step (t=${T - 1}; t counts from 0)`],
    ['sub', S - 1, `past the last sub-step of this cell (sub=${S - 1}; sub counts from 0)`],
    ['unit', u.hiddenSize - 1, `past the last unit (unit=${u.hiddenSize - 1}; units count from 0)`],
  ];
  let state = u;
  for (const [key, max, reason] of out) {
    if (u[key] <= max) continue;
    notices.push({ param: URL_PARAMS[key].name, raw: String(u[key]), reason });
    state = { ...state, [key]: 0 };
  }
  const steps = u.lesson === '' ? 1 : LESSON_STEP_COUNTS[u.lesson];
  if (u.step > steps) {
    const reason =
      u.lesson === '' ? 'no lesson is given' : `past the last step of this lesson (step=${steps})`;
    notices.push({ param: URL_PARAMS.step.name, raw: String(u.step), reason });
    state = { ...state, step: 1 };
  }
  return state;
}

/** Reads a query string (with or without '?'). Never throws, whatever the string holds. */
export function readUrl(search: string): UrlReading {
  const query = new URLSearchParams(search);
  const notices: UrlNoticeItem[] = [];
  const each = readEach(query, notices);
  const checked = checkPlace(checkSettings(each, query, notices), notices);
  // A link to a lesson opens the lessons view unless it names another.
  const opensLesson = checked.lesson !== '' && !query.has(URL_PARAMS.view.name);
  const state = opensLesson ? { ...checked, view: 'lessons' as const } : checked;
  const langGiven = query.has('lang') && !notices.some((n) => n.param === 'lang');
  return { state, notices, langGiven };
}
