import { useLang, type Lang } from '../../i18n';
import { settingsProblemText, type SettingsProblem } from '../../store/problems';
import { settingsMessages } from './messages';
import { useId } from 'react';
import { useDraft } from './useDraft';

interface NumberFieldProps {
  /** The visible label, also the accessible name of both the slider and the number box. */
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Whether a slider sits beside the number box. */
  readonly slider?: boolean;
  /** Shown but not editable (e.g. fixed by a loaded model). */
  readonly disabled?: boolean;
  /** The id of an element describing the field (e.g. why it is disabled). */
  readonly describedBy?: string;
  /**
   * Applies a whole number in [min, max]; returns why the store refused it (as the store's
   * data, or already in words), or null.
   */
  readonly onCommit: (v: number) => SettingsProblem | string | null;
}

const show = (v: number) => String(v);

/** What is wrong with typed text for a whole number in [min, max], or null. */
export function wholeNumberProblem(
  text: string,
  min: number,
  max: number,
  lang: Lang = 'en',
): string | null {
  const v = Number(text);
  if (text.trim() === '' || !Number.isInteger(v) || v < min || v > max) {
    return settingsMessages[lang].wholeNumber(min, max);
  }
  return null;
}

/**
 * A whole-number setting: a slider (optional) and a number box with the same name. What cannot
 * run (empty, not whole, out of range, or refused by the store) is marked in place, with its
 * message tied to the box, and the last valid value keeps running.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, min, max, slider, disabled, describedBy, onCommit } = props;
  const id = useId();
  const lang = useLang();
  const [draft, edit] = useDraft(value, show);
  const messageId = `${id}-message`;
  const type = (text: string) => {
    const own = wholeNumberProblem(text, min, max, lang);
    const refused = own === null ? onCommit(Number(text)) : null;
    const worded =
      typeof refused === 'string' ? refused : refused && settingsProblemText(refused, lang);
    const problem = own ?? (worded === null ? null : settingsMessages[lang].storeProblem(worded));
    edit(text, problem === null ? { applied: Number(text) } : { problem });
  };
  return (
    <div className={`number-field${slider ? ' with-slider' : ''}`}>
      <label id={`${id}-label`} htmlFor={`${id}-box`}>
        {label}
      </label>
      <div className="number-inputs">
        {slider && (
          <input
            type="range"
            aria-labelledby={`${id}-label`}
            min={min}
            max={Math.max(max, value)}
            step={1}
            value={value}
            disabled={disabled}
            aria-describedby={describedBy}
            onChange={(e) => onCommit(Number(e.target.value))}
          />
        )}
        <input
          id={`${id}-box`}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft.text}
          disabled={disabled}
          aria-invalid={draft.problem !== null}
          aria-describedby={draft.problem !== null ? messageId : describedBy}
          onChange={(e) => type(e.target.value)}
        />
      </div>
      <p id={messageId} className="field-message" aria-live="polite">
        {draft.problem}
      </p>
    </div>
  );
}
