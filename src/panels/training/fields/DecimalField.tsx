import { useId } from 'react';
import { useLang, type Lang } from '../../../i18n';
import { useDraft } from '../../settings/useDraft';
import { trainingMessages } from '../messages';

interface DecimalFieldProps {
  /** The visible label and accessible name. */
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly disabled?: boolean;
  /** Applies a number in [min, max]; returns why it was refused, or null. */
  readonly onCommit: (v: number) => string | null;
}

/** What is wrong with typed text for a number in [min, max], or null. */
export function decimalProblem(
  text: string,
  min: number,
  max: number,
  lang: Lang = 'en',
): string | null {
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v) || v < min || v > max) {
    return trainingMessages[lang].numberProblem(min, max);
  }
  return null;
}

const show = (v: number) => String(v);

/**
 * A number setting typed into a box (learning rate, momentum, threshold): what cannot run is
 * marked in place with its message, and the last valid value keeps running.
 */
export function DecimalField({ label, value, min, max, disabled, onCommit }: DecimalFieldProps) {
  const id = useId();
  const lang = useLang();
  const [draft, edit] = useDraft(value, show);
  const type = (text: string) => {
    const problem = decimalProblem(text, min, max, lang) ?? onCommit(Number(text));
    edit(text, problem === null ? { applied: Number(text) } : { problem });
  };
  return (
    <div className="training-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step="any"
        min={min}
        max={max}
        value={draft.text}
        disabled={disabled}
        aria-invalid={draft.problem !== null}
        aria-describedby={draft.problem !== null ? `${id}-message` : undefined}
        onChange={(e) => type(e.target.value)}
      />
      <p id={`${id}-message`} className="field-message" aria-live="polite">
        {draft.problem}
      </p>
    </div>
  );
}
