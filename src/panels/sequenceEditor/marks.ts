import type { TextMark } from '../settings/useDraft';

/** A run of text, marked as wrong or not. */
export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/** Splits text into runs at the marks (which are sorted, non-overlapping character ranges). */
export function segments(text: string, marks: readonly TextMark[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const { start, end } of marks) {
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** The marks for text past `max` characters (whole code points, as the sequence counts them). */
export function marksPast(text: string, max: number): TextMark[] {
  const chars = Array.from(text);
  if (chars.length <= max) return [];
  return [{ start: chars.slice(0, max).join('').length, end: text.length }];
}
