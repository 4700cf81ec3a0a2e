import type { Lang } from '../../i18n';
import type { SequenceSetting } from '../../store';
import { editorMessages } from './messages';

/** A stretch of the typed text to mark as wrong: characters [start, end). */
export interface Mark {
  readonly start: number;
  readonly end: number;
}

/** A typed list of numbers, read: its values, or where and why it is wrong. */
export interface ParsedList {
  /** The values, when every entry is a finite number and there are 1 … max of them. */
  readonly values: number[] | null;
  /** The entries to mark in place (empty when the list is valid, or empty as a whole). */
  readonly marks: readonly Mark[];
  /** What is wrong, in a sentence for the user; null when the list is valid. */
  readonly message: string | null;
}

/** Entries are separated by commas (also the full-width ，and 、), semicolons or white space. */
const ENTRY = /[^\s,;，、]+/gu;
/** A decimal number: 3, -0.5, .25, 1e-3, +2. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const quote = (s: string) => `“${s.length > 12 ? `${s.slice(0, 11)}…` : s}”`;

/**
 * Reads a list of numbers typed by the user. The typographic minus (−) counts as a minus sign.
 * Wrong entries (not a number, or too large to be finite) are marked with their positions; so
 * are the entries past `max`.
 */
export function parseNumberList(text: string, max: number, lang: Lang = 'en'): ParsedList {
  const m = editorMessages[lang];
  const entries = [...text.matchAll(ENTRY)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (entries.length === 0) {
    return { values: null, marks: [], message: m.empty };
  }
  const values = entries.map((e) => {
    const s = e.text.replace(/\u2212/g, '-');
    return NUMBER.test(s) ? Number(s) : NaN;
  });
  const bad = entries.flatMap((e, k) => (Number.isFinite(values[k]) ? [] : [{ ...e, k }]));
  if (bad.length > 0) {
    const named = bad.slice(0, 3).map((e) => m.entry(quote(e.text), e.k + 1));
    const more = bad.length > 3 ? m.andMore(bad.length - 3) : '';
    const message =
      bad.length === 1
        ? m.notANumber(named[0])
        : m.notNumbers(bad.length, named.join(m.listSep), more);
    return { values: null, marks: bad.map(({ start, end }) => ({ start, end })), message };
  }
  if (entries.length > max) {
    return {
      values: null,
      marks: entries.slice(max).map(({ start, end }) => ({ start, end })),
      message: m.tooMany(entries.length, max),
    };
  }
  return { values, marks: [], message: null };
}

/** A list of values as the editor shows it: `0, 0.5, -0.866`. */
export function formatNumberList(values: ArrayLike<number>): string {
  return Array.from(values, (v) => String(v)).join(', ');
}

/** What the user typed, read as a sequence setting, or why it cannot run and where. */
export type ReadInput =
  | { readonly sequence: SequenceSetting }
  | { readonly problem: string; readonly marks: readonly Mark[] };

/**
 * Reads the editor's field: text runs as typed (the store judges its length); a list of numbers
 * must parse, with at most `max` entries.
 */
export function readInput(
  typed: string,
  asText: boolean,
  max: number,
  lang: Lang = 'en',
): ReadInput {
  if (asText) return { sequence: { kind: 'text', text: typed } };
  const parsed = parseNumberList(typed, max, lang);
  if (parsed.values) return { sequence: { kind: 'numbers', values: parsed.values } };
  return { problem: parsed.message ?? editorMessages[lang].unreadable, marks: parsed.marks };
}
