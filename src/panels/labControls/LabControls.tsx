import { memo } from 'react';
import { useLang, useMessages } from '../../i18n';
import { originText, selectLoaded, useGateScope } from '../../store';
import { selectCompareOn, selectPending } from '../../store/labAsync';
import { LabChoices } from './LabChoices';
import { useLab, useLabController, useLabSettings } from './LabProvider';
import { LabSlider } from './LabSlider';
import { labControlsMessages } from './messages';
import { SeedField } from './SeedField';
import { SLIDERS } from './sliders';
import { SpectralNorm } from './SpectralNorm';
import './labControls.css';

/**
 * "Compare RNN, LSTM and GRU". Memoised, as the sliders are: React sets a checkbox's attributes
 * again on every render, which a drag of a slider would otherwise cost on every input.
 */
const CompareToggle = memo(function CompareToggle(p: { on: boolean; disabled: boolean }) {
  const { setCompare } = useLabController();
  const m = useMessages(labControlsMessages);
  return (
    <label className="lab-toggle">
      <input
        type="checkbox"
        checked={p.on}
        disabled={p.disabled}
        onChange={(e) => setCompare(e.target.checked)}
      />
      {m.compare}
    </label>
  );
});

/**
 * The gradient lab's controls: the cell and its set-up, the sliders that shape the
 * gradient (each recomputes forward and backward as it moves) and σ_max(W_hh) beside them.
 */
export function LabControls() {
  const settings = useLabSettings();
  const pending = useLab(selectPending);
  const compareOn = useLab(selectCompareOn);
  const m = useMessages(labControlsMessages);
  const lang = useLang();
  const loaded = useGateScope(selectLoaded);
  const unload = useGateScope((s) => s.unloadModel);
  const { cell } = settings;
  const gru = cell === 'gru';
  /** A slider's spec and its value in the settings shown (a number: it redraws when it moves). */
  const slider = (key: keyof typeof SLIDERS) => ({
    spec: SLIDERS[key],
    value: SLIDERS[key].read(settings),
  });
  return (
    <section className="panel lab-controls" aria-label={m.controls} aria-busy={pending !== null}>
      {loaded && (
        <div className="lab-loaded">
          <p>{m.loadedFrom(originText(loaded.origin, lang))}</p>
          <button type="button" onClick={unload}>
            {m.useGenerated}
          </button>
        </div>
      )}
      {/* A loaded model fixes what these shape (a disabled fieldset turns them all off). */}
      <LabChoices
        cell={settings.cell}
        init={settings.init}
        loss={settings.loss}
        sequence={settings.sequence}
        fixed={loaded !== null}
      />
      <fieldset className="lab-model" disabled={loaded !== null}>
        <LabSlider {...slider('recurrentScale')} />
        <SpectralNorm />
        <LabSlider {...slider('weightScale')} />
        <LabSlider
          {...slider('gateBias')}
          label={gru ? m.updateGateBias : undefined}
          ariaLabel={gru ? m.gateBiasGru : undefined}
          disabled={cell === 'rnn'}
          hint={cell === 'rnn' ? m.gateBiasRnnHint : gru ? m.gateBiasGruHint : m.gateBiasLstmHint}
        />
        <LabSlider {...slider('hiddenSize')} />
      </fieldset>
      <LabSlider {...slider('seqLen')} disabled={!('seqLen' in settings.sequence)} />
      <LabSlider {...slider('amplitude')} />
      <SeedField seed={settings.seed} />
      <CompareToggle on={compareOn && loaded === null} disabled={loaded !== null} />
      <p className="lab-status" role="status">
        {pending ? m.computing : ''}
      </p>
    </section>
  );
}
