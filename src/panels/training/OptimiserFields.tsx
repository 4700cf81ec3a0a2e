import { useId } from 'react';
import { TRAINING_LIMITS as LIM, selectTrainingConfig } from '../../store/training';
import { NumberField } from '../settings/NumberField';
import { Choice } from './fields/Choice';
import { DecimalField } from './fields/DecimalField';
import { useTraining, useTrainingSession } from './TrainingProvider';

const OPTIMISERS = [
  ['adam', 'Adam'],
  ['sgd', 'SGD'],
] as const;

/** How the model is trained: optimiser, learning rate, momentum, batch size and clipping. */
export function OptimiserFields() {
  const id = useId();
  const { configure } = useTrainingSession();
  const c = useTraining(selectTrainingConfig);
  const sgd = c.optimizer === 'sgd';
  return (
    <section className="training-group" aria-labelledby={id}>
      <h2 id={id}>Optimiser</h2>
      <Choice
        label="Optimiser"
        value={c.optimizer}
        options={OPTIMISERS}
        hint={
          sgd
            ? 'torch.optim.SGD: p ← p − lr · b, with b ← μ b + g.'
            : 'torch.optim.Adam: a step per weight scaled by its running gradient size.'
        }
        onChange={(optimizer) => configure({ optimizer })}
      />
      <div className="training-pair">
        <DecimalField
          label="Learning rate"
          value={c.learningRate}
          {...LIM.learningRate}
          onCommit={(learningRate) => configure({ learningRate })}
        />
        <DecimalField
          label="Momentum"
          value={c.momentum}
          {...LIM.momentum}
          disabled={!sgd}
          onCommit={(momentum) => configure({ momentum })}
        />
      </div>
      <NumberField
        label="Batch size"
        value={c.batchSize}
        {...LIM.batchSize}
        onCommit={(batchSize) => configure({ batchSize })}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={c.clip}
          aria-describedby={`${id}-clip`}
          onChange={(e) => configure({ clip: e.target.checked })}
        />
        Gradient clipping
      </label>
      <p id={`${id}-clip`} className="training-hint">
        clip_grad_norm_: when the global norm ‖g‖ exceeds the threshold, every gradient is scaled
        down to it.
      </p>
      <DecimalField
        label="Clipping threshold"
        value={c.clipNorm}
        {...LIM.clipNorm}
        disabled={!c.clip}
        onCommit={(clipNorm) => configure({ clipNorm })}
      />
      <p className="training-hint">Changing a setting starts training again from the seed.</p>
    </section>
  );
}
