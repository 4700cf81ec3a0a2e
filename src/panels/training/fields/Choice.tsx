import { useId } from 'react';

interface ChoiceProps<V extends string> {
  /** The visible label and accessible name, e.g. "Task". */
  readonly label: string;
  readonly value: V;
  readonly options: readonly (readonly [V, string])[];
  readonly onChange: (v: V) => void;
  /** An explanation under the choice, tied to it by aria-describedby. */
  readonly hint?: string;
}

/** A labelled <select> bound to one setting. */
export function Choice<V extends string>({
  label,
  value,
  options,
  onChange,
  hint,
}: ChoiceProps<V>) {
  const id = useId();
  return (
    <div className="training-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="training-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
