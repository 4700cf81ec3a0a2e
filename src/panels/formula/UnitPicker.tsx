import { useId } from 'react';
import { useMessages } from '../../i18n';
import { formulaMessages } from './messages';
import { selectHiddenSize, selectSetUnit, selectUnit, useGateScope } from '../../store';

/** The "Unit" choice: which unit j the formula fills in and every strip outlines. */
export function UnitPicker() {
  const id = useId();
  const m = useMessages(formulaMessages);
  const unit = useGateScope(selectUnit);
  const H = useGateScope(selectHiddenSize);
  const setUnit = useGateScope(selectSetUnit);
  return (
    <div className="field formula-unit">
      <label htmlFor={id}>{m.unit}</label>
      <select id={id} value={unit} onChange={(e) => setUnit(Number(e.target.value))}>
        {Array.from({ length: H }, (_, k) => (
          <option key={k} value={k}>
            {k + 1}
          </option>
        ))}
      </select>
    </div>
  );
}
