import { useId } from 'react';
import { selectHiddenSize, selectSetUnit, selectUnit, useGateScope } from '../../store';

/** The "Unit" choice: which unit j the formula fills in and every strip outlines. */
export function UnitPicker() {
  const id = useId();
  const unit = useGateScope(selectUnit);
  const H = useGateScope(selectHiddenSize);
  const setUnit = useGateScope(selectSetUnit);
  return (
    <div className="field formula-unit">
      <label htmlFor={id}>Unit</label>
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
