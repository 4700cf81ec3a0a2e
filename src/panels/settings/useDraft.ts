import { useState } from 'react';

/** A stretch of a field's text to mark as wrong: characters [start, end). */
export interface TextMark {
  readonly start: number;
  readonly end: number;
}

/** What a field shows: the text being typed, and what is wrong with it. */
export interface Draft {
  readonly text: string;
  /** Why the text is refused, for the user; null when it is running. */
  readonly problem: string | null;
  /** Where in the text the problem is. */
  readonly marks: readonly TextMark[];
}

/** The result of an edit: the store took the value, or refused it and why. */
export type EditOutcome<T> =
  { readonly applied: T } | { readonly problem: string; readonly marks?: readonly TextMark[] };

interface State<T> extends Draft {
  /** The store's value this draft was made from or applied. */
  readonly source: T;
}

const fresh = <T>(source: T, format: (v: T) => string): State<T> => ({
  source,
  text: format(source),
  problem: null,
  marks: [],
});

/**
 * A field's text, kept apart from the store's value so that a half-typed or invalid entry stays
 * on screen (marked) while the store keeps running the last valid value. When the store's value
 * changes for another reason (a preset, a slider), the text is rewritten from it; a value this
 * field applied itself is recognised (by identity, or by `same`) and leaves the typed text as it
 * is.
 */
export function useDraft<T>(
  source: T,
  format: (v: T) => string,
  same: (a: T, b: T) => boolean = Object.is,
): [Draft, (text: string, outcome: EditOutcome<T>) => void] {
  const [state, setState] = useState(() => fresh(source, format));
  let current = state;
  if (!same(state.source, source)) {
    current = fresh(source, format);
    setState(current);
  }
  const edit = (text: string, outcome: EditOutcome<T>) =>
    setState(
      'applied' in outcome
        ? { source: outcome.applied, text, problem: null, marks: [] }
        : { source: current.source, text, problem: outcome.problem, marks: outcome.marks ?? [] },
    );
  return [current, edit];
}
