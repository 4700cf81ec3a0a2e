import { useId } from 'react';
import type { CellKind } from '../../engine';
import { TRAINING_LIMITS as LIM, selectTrainingConfig } from '../../store/training';
import { CELL_LABELS } from '../controls/announce';
import { NumberField } from '../settings/NumberField';
import { Choice } from './fields/Choice';
import { RangeField } from './fields/RangeField';
import { useTraining, useTrainingSession } from './TrainingProvider';

const CELLS = Object.entries(CELL_LABELS) as [CellKind, string][];
const LAYERS = [1, 2, 3] as const;
const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)}`;
const times = (v: number) => `× ${v.toFixed(2)}`;

const GATE_HINT: Record<CellKind, string> = {
  lstm: 'Added to the forget gate’s bias: +3 starts f near 0.95, so c is mostly kept; 0 is PyTorch’s init (f ≈ 0.5).',
  gru: 'Added to the update gate’s bias: +2 starts z near 0.88, so h is mostly copied forward.',
  rnn: 'LSTM and GRU only: a plain RNN has no gate.',
};

/** The network: cell, sizes, sequence length, gate bias, recurrent scale and seed. */
export function ModelFields() {
  const id = useId();
  const { configure } = useTrainingSession();
  const c = useTraining(selectTrainingConfig);
  return (
    <section className="training-group" aria-labelledby={id}>
      <h2 id={id}>Model</h2>
      <Choice
        label="Cell"
        value={c.cell}
        options={CELLS}
        onChange={(cell) => configure({ cell })}
      />
      <NumberField
        label="Hidden size"
        value={c.hiddenSize}
        {...LIM.hiddenSize}
        slider
        onCommit={(hiddenSize) => configure({ hiddenSize })}
      />
      <fieldset className="segmented">
        <legend>Layers</legend>
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
        label="Sequence length"
        value={c.seqLen}
        {...LIM.seqLen}
        slider
        onCommit={(seqLen) => configure({ seqLen })}
      />
      <RangeField
        label={c.cell === 'gru' ? 'Update gate bias' : 'Forget gate bias'}
        value={c.gateBias}
        min={-4}
        max={6}
        step={0.5}
        format={signed}
        hint={GATE_HINT[c.cell]}
        disabled={c.cell === 'rnn'}
        onChange={(gateBias) => configure({ gateBias })}
      />
      <RangeField
        label="Recurrent weight scale"
        value={c.recurrentScale}
        min={0.25}
        max={4}
        step={0.25}
        format={times}
        hint="Multiplies W_hh after init: above 1 the RNN’s gradient tends to explode."
        onChange={(recurrentScale) => configure({ recurrentScale })}
      />
      <NumberField
        label="Seed"
        value={c.seed}
        {...LIM.seed}
        onCommit={(seed) => configure({ seed })}
      />
    </section>
  );
}
