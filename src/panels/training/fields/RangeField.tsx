import { useId } from 'react';

interface RangeFieldProps {
  /** The visible label and accessible name (e.g. "Forget gate bias"). */
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** The value as shown beside the slider and announced. */
  readonly format: (v: number) => string;
  readonly hint: string;
  readonly disabled?: boolean;
  readonly onChange: (v: number) => void;
}

/** A slider with its value beside it and a hint under it. */
export function RangeField({ label, value, format, hint, onChange, ...r }: RangeFieldProps) {
  const id = useId();
  const text = format(value);
  return (
    <div className="training-field training-range">
      <label htmlFor={id}>{label}</label>
      <output htmlFor={id} aria-hidden="true">
        {text}
      </output>
      <input
        id={id}
        type="range"
        min={r.min}
        max={r.max}
        step={r.step}
        value={value}
        disabled={r.disabled}
        aria-valuetext={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <p id={`${id}-hint`} className="training-hint">
        {hint}
      </p>
    </div>
  );
}
