import { useId, useRef } from 'react';
import type { Draft } from '../settings/useDraft';
import { segments } from './marks';

interface MarkedFieldProps {
  readonly label: string;
  /** How to type it, tied to the field. */
  readonly hint: string;
  readonly draft: Draft;
  readonly onChange: (text: string) => void;
  readonly rows?: number;
}

/**
 * A text area whose wrong entries are marked in place: a backdrop behind the transparent text
 * area repeats its text with <mark>s at the same positions. The message is tied to the field
 * (aria-describedby) and the field is aria-invalid while it stands.
 */
export function MarkedField({ label, hint, draft, onChange, rows = 3 }: MarkedFieldProps) {
  const id = useId();
  const backdrop = useRef<HTMLDivElement>(null);
  const invalid = draft.problem !== null;
  return (
    <div className="text-field">
      <label htmlFor={`${id}-field`}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <div className="marked">
        <div className="marked-backdrop" ref={backdrop} aria-hidden="true">
          {segments(draft.text, draft.marks).map((s, k) =>
            s.marked ? <mark key={k}>{s.text}</mark> : <span key={k}>{s.text}</span>,
          )}
          {/* keeps a trailing newline as tall as in the text area */}
          {'\u200b'}
        </div>
        <textarea
          id={`${id}-field`}
          rows={rows}
          value={draft.text}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-message ${id}-hint` : `${id}-hint`}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => {
            if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      <p id={`${id}-message`} className="field-message" aria-live="polite">
        {draft.problem}
      </p>
    </div>
  );
}
