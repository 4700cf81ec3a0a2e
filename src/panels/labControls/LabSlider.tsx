import { memo, useId } from 'react';
import { TextBlock } from '../../charts/TextBlock';
import { useMessages } from '../../i18n';
import { useLabController } from './LabProvider';
import { labControlsMessages } from './messages';
import type { SliderSpec } from './sliders';

interface LabSliderProps {
  readonly spec: SliderSpec;
  /** The slider's value: spec.read of the settings the controls show. */
  readonly value: number;
  /** The visible label when it differs from the accessible name (e.g. the GRU's update gate). */
  readonly label?: string;
  /** The accessible name when it adds to the spec's (it must start with the spec's name). */
  readonly ariaLabel?: string;
  readonly disabled?: boolean;
  /** Replaces the spec's hint (e.g. why the slider is disabled). */
  readonly hint?: string;
}

/**
 * One lab slider. It acts on `input` events (React's onChange on a range), so every plot follows
 * the pointer while it drags; arrows, Page Up/Down, Home and End work as on any range input.
 * Its props are plain values, so a drag of one slider renders that one alone (the others'
 * inputs are not touched: React sets a range input's attributes again on every render).
 */
export const LabSlider = memo(function LabSlider({
  spec,
  value,
  label,
  ariaLabel,
  disabled,
  hint,
}: LabSliderProps) {
  const id = useId();
  // The settings are read when the slider moves, so that other settings' changes do not render it.
  const { update, settings } = useLabController();
  const m = useMessages(labControlsMessages);
  const text = spec.format(value);
  return (
    <div className="lab-slider" data-slider={spec.id}>
      <label htmlFor={id}>{label ?? m[spec.id]}</label>
      <output htmlFor={id} className="lab-slider-value" aria-hidden="true">
        <TextBlock as="span" fit="both">
          {text}
        </TextBlock>
      </output>
      {/* Its own layout (see labControls.css): the thumb's move lays out the slider alone. */}
      <div className="lab-slider-track">
        <input
          id={id}
          type="range"
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={value}
          disabled={disabled}
          aria-label={ariaLabel}
          aria-valuetext={text}
          aria-describedby={`${id}-hint`}
          onChange={(e) => update(spec.write(Number(e.target.value), settings()))}
        />
      </div>
      <p id={`${id}-hint`} className="lab-hint">
        {hint ?? m[`${spec.id}Hint`]}
      </p>
    </div>
  );
});
