import { useId } from 'react';
import type { CellKind } from '../../engine';
import { useMessages } from '../../i18n';
import { TRAINING_LIMITS as LIM, selectTrainingConfig } from '../../store/training';
import { CELL_LABELS } from '../controls/announce';
import { NumberField } from '../settings/NumberField';
import { Choice } from './fields/Choice';
import { RangeField } from './fields/RangeField';
import { trainingMessages } from './messages';
import { useConfigure, useTraining } from './TrainingProvider';

const CELLS = Object.entries(CELL_LABELS) as [CellKind, string][];
const LAYERS = [1, 2, 3] as const;
const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)}`;
const times = (v: number) => `× ${v.toFixed(2)}`;

const GATE_HINT = { lstm: 'lstmBiasHint', gru: 'gruBiasHint', rnn: 'rnnBiasHint' } as const;

/** The network: cell, sizes, sequence length, gate bias, recurrent scale and seed. */
export function ModelFields() {
  const id = useId();
  const configure = useConfigure();
  const c = useTraining(selectTrainingConfig);
  const m = useMessages(trainingMessages);
  return (
    <section className="training-group" aria-labelledby={id}>
      <h2 id={id}>{m.model}</h2>
      <Choice
        label={m.cell}
        value={c.cell}
        options={CELLS}
        onChange={(cell) => configure({ cell })}
      />
      <NumberField
        label={m.hiddenSize}
        value={c.hiddenSize}
        {...LIM.hiddenSize}
        slider
        onCommit={(hiddenSize) => configure({ hiddenSize })}
      />
      <fieldset className="segmented">
        <legend>{m.layers}</legend>
        <div className="segments">
          {LAYERS.map((n) => (
            <label key={n}>
              <input
                type="radio"
                name={`${id}-layers`}
                checked={c.numLayers === n}
                onChange={() => configure({ numLayers: n })}
              />
              <span>{n}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <NumberField
        label={m.sequenceLength}
        value={c.seqLen}
        {...LIM.seqLen}
        slider
        onCommit={(seqLen) => configure({ seqLen })}
      />
      <RangeField
        label={c.cell === 'gru' ? m.updateGateBias : m.forgetGateBias}
        value={c.gateBias}
        min={-4}
        max={6}
        step={0.5}
        format={signed}
        hint={m[GATE_HINT[c.cell]]}
        disabled={c.cell === 'rnn'}
        onChange={(gateBias) => configure({ gateBias })}
      />
      <RangeField
        label={m.recurrentScale}
        value={c.recurrentScale}
        min={0.25}
        max={4}
        step={0.25}
        format={times}
        hint={m.recurrentScaleHint}
        onChange={(recurrentScale) => configure({ recurrentScale })}
      />
      <NumberField
        label={m.seed}
        value={c.seed}
        {...LIM.seed}
        onCommit={(seed) => configure({ seed })}
      />
    </section>
  );
}
