import { memo, useId } from 'react';
import type { CellKind } from '../../engine';
import { useMessages } from '../../i18n';
import type { Settings } from '../../store';
import { CELL_LABELS } from '../controls/announce';
import { useLabController } from './LabProvider';
import { labControlsMessages } from './messages';

/** A labelled <select> bound to one setting. */
function Choice<V extends string>({
  label,
  value,
  options,
  onChange,
  disabled = false,
}: {
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange: (v: V) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="lab-choice">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as V)}
      >
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
type Messages = (typeof labControlsMessages)['en'];
const INITS = [
  ['uniform', 'initUniform'],
  ['orthogonal', 'initOrthogonal'],
] as const;
const LOSSES = [
  ['last', 'lossLast'],
  ['every', 'lossEvery'],
] as const;
const INPUTS = [
  ['noise', 'inputNoise'],
  ['sine', 'inputSine'],
  ['square', 'inputSquare'],
  ['impulse', 'inputImpulse'],
] as const;
type InputKind = (typeof INPUTS)[number][0];

/** Options whose text is a message key, worded in the UI language. */
const worded = <V extends string>(
  options: readonly (readonly [V, keyof Messages])[],
  m: Messages,
): [V, string][] => options.map(([v, key]) => [v, m[key] as string]);

interface LabChoicesProps {
  readonly cell: Settings['cell'];
  readonly init: Settings['init'];
  readonly loss: Settings['loss'];
  readonly sequence: Settings['sequence'];
  readonly fixed?: boolean;
}

/**
 * The lab's choices: cell, init, loss and input signal (cell and init off when `fixed`). Takes
 * only what it shows, so a slider's drag does not render it again.
 */
export const LabChoices = memo(function LabChoices({
  cell,
  init,
  loss,
  sequence: seq,
  fixed = false,
}: LabChoicesProps) {
  const { update } = useLabController();
  const m = useMessages(labControlsMessages);
  const seqLen = 'seqLen' in seq ? seq.seqLen : 50;
  return (
    <div className="lab-choices">
      <Choice
        label={m.cell}
        value={cell}
        options={CELLS}
        onChange={(cell) => update({ cell })}
        disabled={fixed}
      />
      <Choice
        label={m.init}
        value={init}
        options={worded(INITS, m)}
        onChange={(init) => update({ init })}
        disabled={fixed}
      />
      <Choice
        label={m.loss}
        value={loss}
        options={worded(LOSSES, m)}
        onChange={(loss) => update({ loss })}
      />
      {'seqLen' in seq && (
        <Choice<InputKind>
          label={m.input}
          value={seq.kind}
          options={worded(INPUTS, m)}
          onChange={(kind) => update({ sequence: { kind, seqLen } })}
        />
      )}
    </div>
  );
});
