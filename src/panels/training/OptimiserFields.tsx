import { useId } from 'react';
import { useMessages } from '../../i18n';
import { TRAINING_LIMITS as LIM, selectTrainingConfig } from '../../store/training';
import { NumberField } from '../settings/NumberField';
import { Choice } from './fields/Choice';
import { DecimalField } from './fields/DecimalField';
import { trainingMessages } from './messages';
import { useConfigure, useTraining } from './TrainingProvider';

const OPTIMISERS = [
  ['adam', 'Adam'],
  ['sgd', 'SGD'],
] as const;

/** How the model is trained: optimiser, learning rate, momentum, batch size and clipping. */
export function OptimiserFields() {
  const id = useId();
  const configure = useConfigure();
  const c = useTraining(selectTrainingConfig);
  const sgd = c.optimizer === 'sgd';
  const m = useMessages(trainingMessages);
  return (
    <section className="training-group" aria-labelledby={id}>
      <h2 id={id}>{m.optimiser}</h2>
      <Choice
        label={m.optimiser}
        value={c.optimizer}
        options={OPTIMISERS}
        hint={sgd ? m.sgdHint : m.adamHint}
        onChange={(optimizer) => configure({ optimizer })}
      />
      <div className="training-pair">
        <DecimalField
          label={m.learningRate}
          value={c.learningRate}
          {...LIM.learningRate}
          onCommit={(learningRate) => configure({ learningRate })}
        />
        <DecimalField
          label={m.momentum}
          value={c.momentum}
          {...LIM.momentum}
          disabled={!sgd}
          onCommit={(momentum) => configure({ momentum })}
        />
      </div>
      <NumberField
        label={m.batchSize}
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
        {m.gradientClipping}
      </label>
      <p id={`${id}-clip`} className="training-hint">
        {m.clippingHint}
      </p>
      <DecimalField
        label={m.clippingThreshold}
        value={c.clipNorm}
        {...LIM.clipNorm}
        disabled={!c.clip}
        onCommit={(clipNorm) => configure({ clipNorm })}
      />
      <p className="training-hint">{m.restartHint}</p>
    </section>
  );
}
