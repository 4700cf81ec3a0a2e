import { useId } from 'react';
import type { CellKind } from '../../engine';
import { selectCell, selectIsLoaded, selectUpdate, useGateScope } from '../../store';
import { useMessages } from '../../i18n';
import { CELL_LABELS } from './announce';
import { controlsMessages } from './messages';

const CELLS = Object.keys(CELL_LABELS) as CellKind[];

/**
 * The "Cell" choice: LSTM, GRU or RNN. Switching reruns the model from the same seed; a loaded
 * model fixes it (the choice shows its cell, disabled).
 */
export function CellPicker() {
  const id = useId();
  const t = useMessages(controlsMessages);
  const cell = useGateScope(selectCell);
  const update = useGateScope(selectUpdate);
  const fixed = useGateScope(selectIsLoaded);
  return (
    <div className="field">
      <label htmlFor={id}>{t.cell}</label>
      <select
        id={id}
        value={cell}
        disabled={fixed}
        title={fixed ? t.fromLoadedModel : undefined}
        onChange={(e) => update({ cell: e.target.value as CellKind })}
      >
        {CELLS.map((c) => (
          <option key={c} value={c}>
            {CELL_LABELS[c]}
          </option>
        ))}
      </select>
    </div>
  );
}
