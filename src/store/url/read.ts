import { SUBSTEPS } from '../../engine';
import { LESSON_STEP_COUNTS } from '../../lessons/ids';
import type { SettingsProblem } from '../problems';
import { sequenceLength, settingsProblem } from '../settings';
import { settingsOf, urlStateOf, type WidgetPlace } from './convert';
import type { Deviations } from './deviations';
import { urlDefaults } from './defaults';
import { DEFAULT_URL_STATE, URL_KEYS, URL_PARAMS, type UrlParam, type UrlState } from './params';
import { reasonText, type Reason } from './reasons';

/** One ignored parameter, for the notice: "Ignored hidden=abc: not a whole number from 1 to 128". */
export interface UrlNoticeItem {
  /** The parameter's name as written in the URL. */
  readonly param: string;
  /** Its value as given (decoded; shown as text, never as markup). */
  readonly raw: string;
  /** Why it was ignored, in English. */
  readonly reason: string;
  /** Why it was ignored, as data (`reasonText` words it in any language). */
  readonly why?: Reason;
}

/** A notice line's item. */
const item = (param: string, raw: string, why: Reason): UrlNoticeItem => ({
  param,
  raw,
  reason: reasonText(why, 'en'),
  why,
});

/** A URL read: the state it sets (defaults where it says nothing valid) and what was ignored. */
export interface UrlReading {
  readonly state: UrlState;
  readonly notices: readonly UrlNoticeItem[];
  /** Whether the URL set the language (else the page follows the browser's preference). */
  readonly langGiven: boolean;
  /** The parameters the URL set, valid and kept (the others are at their defaults). */
  readonly given: readonly (keyof UrlState)[];
}

const BY_NAME = new Map(URL_KEYS.map((k) => [URL_PARAMS[k].name, k]));

/**
 * Every parameter's own value, over the defaults of the view the URL names: unknown names,
 * repeats and invalid values are ignored.
 */
function readEach(query: URLSearchParams, notices: UrlNoticeItem[]): UrlState {
  const view = URL_PARAMS.view.parse(query.get(URL_PARAMS.view.name) ?? '').value;
  const state: Record<string, unknown> = { ...urlDefaults(view ?? URL_PARAMS.view.default) };
  const seen = new Set<string>();
  for (const [param, raw] of query) {
    const key = BY_NAME.get(param);
    if (key === undefined) {
      notices.push(item(param, raw, { kind: 'unknownParam' }));
      continue;
    }
    if (seen.has(param)) {
      notices.push(item(param, raw, { kind: 'repeated' }));
      continue;
    }
    seen.add(param);
    const parsed = URL_PARAMS[key].parse(raw);
    if (parsed.value !== undefined) state[key] = parsed.value;
    if (parsed.problem !== undefined) {
      notices.push(item(param, 'raw' in parsed ? parsed.raw : raw, parsed.problem));
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
      settings: { ...settingsOf(u), sequence: settingsOf(urlDefaults(u.view)).sequence },
      cursor: u,
      unit: u.unit,
    },
    u,
  );
  if (settingsProblem(settingsOf(plainSequence)) === null) {
    notices.push(item('seq', query.get('seq') ?? u.seqKind, { kind: 'settings', problem }));
    return plainSequence;
  }
  notices.push(refusedNotice(problem));
  return urlStateOf({ settings: settingsOf(urlDefaults(u.view)), cursor: u, unit: u.unit }, u);
}

/** Which of u's cursor and unit lie past the end of the run its settings make, and why. */
function pastEnd(u: UrlState): (readonly ['t' | 'sub' | 'unit', Reason])[] {
  const limits = [
    ['t', { kind: 'pastT', max: sequenceLength(settingsOf(u).sequence) - 1 }],
    ['sub', { kind: 'pastSub', max: SUBSTEPS[u.cell].length - 1 }],
    ['unit', { kind: 'pastUnit', max: u.hiddenSize - 1 }],
  ] as const;
  return limits.filter(([key, why]) => u[key] > why.max);
}

/**
 * The cursor and unit must lie inside the run the settings make; outside, they start at 0. In
 * a lesson they are checked against the step's run instead, when the step is applied.
 */
function checkPlace(u: UrlState, notices: UrlNoticeItem[], inLesson: boolean): UrlState {
  let state = u;
  for (const [key, why] of inLesson ? [] : pastEnd(u)) {
    notices.push(item(URL_PARAMS[key].name, String(u[key]), why));
    state = { ...state, [key]: 0 };
  }
  const steps = u.lesson === '' ? 1 : LESSON_STEP_COUNTS[u.lesson];
  if (u.step > steps) {
    const why: Reason = u.lesson === '' ? { kind: 'noLesson' } : { kind: 'pastStep', max: steps };
    notices.push(item(URL_PARAMS.step.name, String(u.step), why));
    state = { ...state, step: 1 };
  }
  return state;
}

/**
 * A lesson link's changes to a step's setup (`deviations`, over the step's `start`), checked as
 * `readUrl` checks a plain link once the step's run is known: a cursor or unit past the end of
 * that run is ignored (the step's own stands) and named in a notice.
 */
export function checkDeviations(
  start: WidgetPlace,
  deviations: Deviations,
): { deviations: Deviations; notices: UrlNoticeItem[] } {
  const u = { ...urlStateOf(start, DEFAULT_URL_STATE), ...deviations };
  const past = pastEnd(u).filter(([key]) => key in deviations);
  const kept: Deviations = { ...deviations };
  for (const [key] of past) delete kept[key];
  const notices = past.map(([key, why]) => item(URL_PARAMS[key].name, String(u[key]), why));
  return { deviations: kept, notices };
}

/** The notice for settings the widget refused (`problem`), e.g. from a lesson link's changes. */
export function refusedNotice(problem: SettingsProblem): UrlNoticeItem {
  return item('settings', '', { kind: 'settings', problem });
}

/** Reads a query string (with or without '?'). Never throws, whatever the string holds. */
export function readUrl(search: string): UrlReading {
  const query = new URLSearchParams(search);
  const notices: UrlNoticeItem[] = [];
  const each = readEach(query, notices);
  // A link to a lesson opens the lessons view unless it names another.
  const view = each.lesson !== '' && !query.has(URL_PARAMS.view.name) ? 'lessons' : each.view;
  const inLesson = view === 'lessons' && each.lesson !== '';
  const checked = checkPlace(checkSettings(each, query, notices), notices, inLesson);
  const state = { ...checked, view };
  const given = URL_KEYS.filter((k) => {
    const p = URL_PARAMS[k] as UrlParam<unknown>;
    const raw = query.get(p.name);
    const value = raw === null ? undefined : p.parse(raw).value;
    return value !== undefined && p.format(value) === p.format(state[k]);
  });
  return { state, notices, langGiven: given.includes('lang'), given };
}
