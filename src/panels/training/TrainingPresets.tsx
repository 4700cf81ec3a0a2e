import { useId } from 'react';
import { useLang, useMessages } from '../../i18n';
import {
  TRAINING_PRESETS,
  matchingPreset,
  presetText,
  selectTrainingConfig,
} from '../../store/training';
import { trainingMessages } from './messages';
import { useConfigure, useTraining } from './TrainingProvider';

/** One-click set-ups that each show one claim, with the numbers the engine gives. */
export function TrainingPresets() {
  const id = useId();
  const configure = useConfigure();
  const current = matchingPreset(useTraining(selectTrainingConfig))?.id;
  const lang = useLang();
  const m = useMessages(trainingMessages);
  return (
    <section className="panel training-presets" aria-labelledby={id}>
      <h2 id={id}>{m.presets}</h2>
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
              {presetText(p.id, lang).title}
            </button>
            <p id={`${id}-${p.id}`} className="training-hint">
              {presetText(p.id, lang).description}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
