/**
 * Parsers for URL parameter values. Each takes the raw (already percent-decoded) string and
 * returns the value, or a problem for the notice, as data (`reasons.ts` words it: "not a whole
 * number from 1 to 128").
 * They never throw, whatever the string.
 */

import type { Reason } from './reasons';

/** A parsed value, a problem, or (for lists) the valid part with a problem about the rest. */
export type Parsed<T> =
  | { readonly value: T; readonly problem?: undefined }
  | { readonly value?: undefined; readonly problem: Reason }
  | { readonly value: T; readonly problem: Reason; readonly raw: string };

/** Plain decimal notation: `3`, `-0.25`, `.5`, `1e-3`; no hex, no `Infinity`, no blanks. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const WHOLE = /^\d+$/;

export function wholeNumber(min: number, max: number) {
  return (raw: string): Parsed<number> => {
    const v = WHOLE.test(raw) ? Number(raw) : NaN;
    return v >= min && v <= max ? { value: v } : { problem: { kind: 'wholeNumber', min, max } };
  };
}

export function decimal(min: number, max: number) {
  return (raw: string): Parsed<number> => {
    const v = DECIMAL.test(raw) ? Number(raw) : NaN;
    return v >= min && v <= max ? { value: v } : { problem: { kind: 'decimal', min, max } };
  };
}

export function choice<T extends string>(options: readonly T[]) {
  return (raw: string): Parsed<T> =>
    (options as readonly string[]).includes(raw)
      ? { value: raw as T }
      : { problem: { kind: 'choice', options } };
}

export function flag(raw: string): Parsed<boolean> {
  return raw === '1' || raw === '0' ? { value: raw === '1' } : { problem: { kind: 'flag' } };
}

/** Comma-separated decimals, at most `max` of them. */
export function numberList(max: number) {
  return (raw: string): Parsed<readonly number[]> => {
    const parts = raw.split(',').map((p) => p.trim());
    if (parts.length > max) return { problem: { kind: 'tooManyValues', max } };
    if (!parts.every((p) => DECIMAL.test(p) && Number.isFinite(Number(p)))) {
      return { problem: { kind: 'notNumberList' } };
    }
    return { value: parts.map(Number) };
  };
}

/** Any text of at most `max` characters (counted as code points, as the sequence does). */
export function text(max: number) {
  return (raw: string): Parsed<string> =>
    Array.from(raw).length <= max ? { value: raw } : { problem: { kind: 'tooLong', max } };
}

/**
 * Comma-separated ids from a fixed list, without repeats. Unknown ids are dropped and named in
 * the problem; the known ones are kept.
 */
export function idList<T extends string>(known: readonly T[], what: string) {
  return (raw: string): Parsed<readonly T[]> => {
    const ids = raw.split(',').filter((p) => p !== '');
    const good = [...new Set(ids.filter((p): p is T => (known as readonly string[]).includes(p)))];
    const bad = ids.filter((p) => !(known as readonly string[]).includes(p));
    if (bad.length === 0) return { value: good };
    return {
      value: good,
      problem: { kind: 'unknownIds', what, count: bad.length, known },
      raw: bad.join(','),
    };
  };
}
