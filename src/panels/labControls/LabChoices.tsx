import { useId } from 'react';
import type { CellKind } from '../../engine';
import type { Settings } from '../../store';
import { CELL_LABELS } from '../controls/announce';
import { useLabController } from './LabProvider';

/** A labelled <select> bound to one setting. */
function Choice<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange: (v: V) => void;
}) {
  const id = useId();
  return (
    <div className="lab-choice">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

const CELLS = Object.entries(CELL_LABELS) as [CellKind, string][];
const INITS = [
  ['uniform', 'PyTorch uniform'],
  ['orthogonal', 'Orthogonal'],
] as const;
const LOSSES = [
  ['last', 'On the last step'],
  ['every', 'On every step'],
] as const;
const INPUTS = [
  ['noise', 'Noise'],
  ['sine', 'Sine wave'],
  ['square', 'Square wave'],
  ['impulse', 'Impulse at t = 0'],
] as const;
type InputKind = (typeof INPUTS)[number][0];

/** The lab's choices: cell, init, loss and input signal. */
export function LabChoices({ settings }: { settings: Settings }) {
  const { update } = useLabController();
  const seq = settings.sequence;
  const seqLen = 'seqLen' in seq ? seq.seqLen : 50;
  return (
    <div className="lab-choices">
      <Choice
        label="Cell"
        value={settings.cell}
        options={CELLS}
        onChange={(cell) => update({ cell })}
      />
      <Choice
        label="Init"
        value={settings.init}
        options={INITS}
        onChange={(init) => update({ init })}
      />
      <Choice
        label="Loss"
        value={settings.loss}
        options={LOSSES}
        onChange={(loss) => update({ loss })}
      />
      {'seqLen' in seq && (
        <Choice<InputKind>
          label="Input"
          value={seq.kind}
          options={INPUTS}
          onChange={(kind) => update({ sequence: { kind, seqLen } })}
        />
      )}
    </div>
  );
}
