import { useId } from 'react';
import { TRAINING_PRESETS, matchingPreset, selectTrainingConfig } from '../../store/training';
import { useTraining, useTrainingSession } from './TrainingProvider';

/** One-click set-ups that each show one claim, with the numbers the engine gives. */
export function TrainingPresets() {
  const id = useId();
  const { configure } = useTrainingSession();
  const current = matchingPreset(useTraining(selectTrainingConfig))?.id;
  return (
    <section className="panel training-presets" aria-labelledby={id}>
      <h2 id={id}>Presets</h2>
      <ul>
        {TRAINING_PRESETS.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              data-preset={p.id}
              aria-pressed={current === p.id}
              aria-describedby={`${id}-${p.id}`}
              onClick={() => configure(p.config)}
            >
              {p.title}
            </button>
            <p id={`${id}-${p.id}`} className="training-hint">
              {p.description}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
