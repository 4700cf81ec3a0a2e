import { memo, useId } from 'react';
import { useMessages } from '../../i18n';
import { statePlotsMessages } from './messages';
import { MAX_UNITS } from './unitChoice';

/** Props of the unit picker. */
interface UnitPickerProps {
  /** H: units to choose from (shown as 1 … H). */
  readonly units: number;
  /** The chosen units, 0-based. */
  readonly chosen: readonly number[];
  /** Called when unit j (0-based) is ticked or unticked. */
  readonly onToggle: (j: number) => void;
}

/**
 * "Units to plot": one checkbox per unit, as compact chips. At most MAX_UNITS can be ticked
 * (the others are disabled meanwhile) and the last one cannot be unticked.
 */
export const UnitPicker = memo(function UnitPicker({ units, chosen, onToggle }: UnitPickerProps) {
  const hint = useId();
  const m = useMessages(statePlotsMessages);
  const full = chosen.length >= MAX_UNITS;
  return (
    <fieldset className="unit-picker" aria-describedby={hint}>
      <legend>{m.unitsToPlot}</legend>
      <div className="unit-chips">
        {Array.from({ length: units }, (_, j) => {
          const on = chosen.includes(j);
          return (
            <label key={j} className="unit-chip" data-on={on || undefined}>
              <input
                type="checkbox"
                checked={on}
                disabled={(!on && full) || (on && chosen.length === 1)}
                onChange={() => onToggle(j)}
                aria-label={m.unit(j + 1)}
              />
              <span aria-hidden="true">{j + 1}</span>
            </label>
          );
        })}
      </div>
      <p id={hint} className="unit-hint">
        {m.unitsHint(MAX_UNITS)}
      </p>
    </fieldset>
  );
});
