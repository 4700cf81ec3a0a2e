import { useId, useState } from 'react';
import {
  LIMITS,
  selectBias,
  selectHiddenSize,
  selectIsLoaded,
  selectNumLayers,
  selectSeed,
  selectUpdate,
  useGateScope,
} from '../../store';
import { ModelFile } from '../modelFile/ModelFile';
import { NumberField } from './NumberField';
import { useLang } from '../../i18n';
import { settingsProblemText } from '../../store/problems';
import { settingsMessages } from './messages';
import './settings.css';

/** The stepper draws every unit of a strip; beyond 64 the strips stop being readable. */
export const STEPPER_MAX_HIDDEN = 64;

const LAYERS = Array.from(
  { length: LIMITS.numLayers.max - LIMITS.numLayers.min + 1 },
  (_, k) => LIMITS.numLayers.min + k,
);

/**
 * The model's settings: where the weights come from (with import and export), hidden size,
 * layers, bias and seed (the cell is chosen in the controls). Each change reruns the model from
 * the seed; a refused change shows the store's reason and the last valid model keeps running.
 * Loaded weights fix the sizes and bias: their fields show them, disabled.
 */
export function ModelSettings() {
  const id = useId();
  const lang = useLang();
  const m = settingsMessages[lang];
  const update = useGateScope(selectUpdate);
  const hiddenSize = useGateScope(selectHiddenSize);
  const numLayers = useGateScope(selectNumLayers);
  const bias = useGateScope(selectBias);
  const seed = useGateScope(selectSeed);
  const fixed = useGateScope(selectIsLoaded);
  const fixedId = `${id}-fixed`;
  const [problem, setProblem] = useState<string | null>(null);
  const apply = (change: Parameters<typeof update>[0]) => {
    const refused = update(change);
    setProblem(refused === null ? null : m.storeProblem(settingsProblemText(refused, lang)));
  };
  return (
    <section className="panel settings" aria-labelledby={`${id}-title`} data-no-swipe>
      <h2 id={`${id}-title`}>{m.model}</h2>
      <ModelFile sourceId={fixedId} />
      <NumberField
        label={m.hiddenSize}
        value={hiddenSize}
        min={LIMITS.hiddenSize.min}
        max={STEPPER_MAX_HIDDEN}
        slider
        disabled={fixed}
        describedBy={fixed ? fixedId : undefined}
        onCommit={(v) => update({ hiddenSize: v })}
      />
      <fieldset
        className="segmented"
        disabled={fixed}
        aria-describedby={fixed ? fixedId : undefined}
      >
        <legend>{m.layers}</legend>
        <div className="segments">
          {LAYERS.map((n) => (
            <label key={n}>
              <input
                type="radio"
                name={`${id}-layers`}
                value={n}
                checked={numLayers === n}
                onChange={() => apply({ numLayers: n })}
              />
              <span>{n}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={bias}
          disabled={fixed}
          onChange={(e) => apply({ bias: e.target.checked })}
          aria-describedby={fixed ? `${id}-bias ${fixedId}` : `${id}-bias`}
        />
        {m.bias}
      </label>
      <p id={`${id}-bias`} className="field-hint">
        {m.biasHintBefore}
        <sub>ih</sub> {m.biasHintAnd}
        <sub>hh</sub>
        {m.biasHintAfter} <code>bias=True</code>
        {m.biasHintEnd}
      </p>
      <NumberField
        label={m.seed}
        value={seed}
        min={LIMITS.seed.min}
        max={LIMITS.seed.max}
        onCommit={(v) => update({ seed: v })}
      />
      <p className="field-hint">{fixed ? m.seedLoaded : m.seedHint}</p>
      <p className="field-message" aria-live="polite">
        {problem}
      </p>
    </section>
  );
}
