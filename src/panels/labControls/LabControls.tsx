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
 * The gradient lab's controls: the cell and its set-up, the sliders that shape the
 * gradient (each recomputes forward and backward as it moves) and σ_max(W_hh) beside them.
 */
export function LabControls() {
  const settings = useLabSettings();
  const pending = useLab(selectPending);
  const compareOn = useLab(selectCompareOn);
  const { setCompare } = useLabController();
  const m = useMessages(labControlsMessages);
  const lang = useLang();
  const loaded = useGateScope(selectLoaded);
  const unload = useGateScope((s) => s.unloadModel);
  const { cell } = settings;
  const gru = cell === 'gru';
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
        <LabSlider spec={SLIDERS.recurrentScale} value={SLIDERS.recurrentScale.read(settings)} />
        <SpectralNorm />
        <LabSlider spec={SLIDERS.weightScale} value={SLIDERS.weightScale.read(settings)} />
        <LabSlider
          spec={SLIDERS.gateBias}
          value={SLIDERS.gateBias.read(settings)}
          label={gru ? m.updateGateBias : undefined}
          ariaLabel={gru ? m.gateBiasGru : undefined}
          disabled={cell === 'rnn'}
          hint={cell === 'rnn' ? m.gateBiasRnnHint : gru ? m.gateBiasGruHint : m.gateBiasLstmHint}
        />
        <LabSlider spec={SLIDERS.hiddenSize} value={SLIDERS.hiddenSize.read(settings)} />
      </fieldset>
      <LabSlider
        spec={SLIDERS.seqLen}
        value={SLIDERS.seqLen.read(settings)}
        disabled={!('seqLen' in settings.sequence)}
      />
      <LabSlider spec={SLIDERS.amplitude} value={SLIDERS.amplitude.read(settings)} />
      <SeedField seed={settings.seed} />
      <label className="lab-toggle">
        <input
          type="checkbox"
          checked={compareOn && loaded === null}
          disabled={loaded !== null}
          onChange={(e) => setCompare(e.target.checked)}
        />
        {m.compare}
      </label>
      <p className="lab-status" role="status">
        {pending ? m.computing : ''}
      </p>
    </section>
  );
}
