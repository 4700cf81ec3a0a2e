import { useMessages } from '../../i18n';
import { shareMessages } from './messages';
import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from './copyText';

interface CopyButtonProps {
  /** The button's text, e.g. "Copy link". */
  readonly label: string;
  /** What to say once copied, e.g. "Link copied". */
  readonly done: string;
  /** The text to copy, read at the click. */
  readonly text: () => string;
}

/**
 * A button that copies text and says so briefly. Where the clipboard is refused, the text
 * appears selected in a read-only field instead, to copy by hand.
 */
export function CopyButton({ label, done, text }: CopyButtonProps) {
  const id = useId();
  const m = useMessages(shareMessages);
  const [state, setState] = useState<'idle' | 'copied' | { manual: string }>('idle');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state === 'copied') {
      const timer = setTimeout(() => setState('idle'), 2500);
      return () => clearTimeout(timer);
    }
    if (typeof state === 'object') field.current?.select();
  }, [state]);
  const copy = async () => {
    const value = text();
    setState((await copyText(value)) ? 'copied' : { manual: value });
  };
  return (
    <span className="copy-button">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-done">
        {state === 'copied' ? done : ''}
      </span>
      {typeof state === 'object' && (
        <span className="copy-manual">
          <label htmlFor={id}>{m.copyByHand}</label>
          <input
            id={id}
            ref={field}
            readOnly
            value={state.manual}
            onFocus={(e) => e.currentTarget.select()}
          />
        </span>
      )}
    </span>
  );
}
