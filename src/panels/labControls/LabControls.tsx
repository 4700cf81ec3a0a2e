import { selectCompareOn, selectPending } from '../../store/labAsync';
import { LabChoices } from './LabChoices';
import { useLab, useLabController, useLabSettings } from './LabProvider';
import { LabSlider } from './LabSlider';
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
  const { cell } = settings;
  const gru = cell === 'gru';
  return (
    <section
      className="panel lab-controls"
      aria-label="Gradient lab controls"
      aria-busy={pending !== null}
    >
      <LabChoices settings={settings} />
      <LabSlider spec={SLIDERS.recurrentScale} settings={settings} />
      <SpectralNorm />
      <LabSlider spec={SLIDERS.weightScale} settings={settings} />
      <LabSlider
        spec={SLIDERS.gateBias}
        settings={settings}
        label={gru ? 'Update gate bias' : undefined}
        ariaLabel={gru ? 'Forget gate bias (GRU: update gate bias)' : undefined}
        disabled={cell === 'rnn'}
        hint={
          cell === 'rnn'
            ? 'LSTM and GRU only: a plain RNN has no gate.'
            : gru
              ? 'Added to the update gate z: positive keeps z near 1, so h is mostly copied.'
              : 'Added to the forget gate f: positive keeps f near 1, so c is mostly kept.'
        }
      />
      <LabSlider spec={SLIDERS.hiddenSize} settings={settings} />
      <LabSlider
        spec={SLIDERS.seqLen}
        settings={settings}
        disabled={!('seqLen' in settings.sequence)}
      />
      <LabSlider spec={SLIDERS.amplitude} settings={settings} />
      <SeedField seed={settings.seed} />
      <label className="lab-toggle">
        <input type="checkbox" checked={compareOn} onChange={(e) => setCompare(e.target.checked)} />
        Compare RNN, LSTM and GRU
      </label>
      <p className="lab-status" role="status">
        {pending ? 'Computing in the background: the plots show the last run until it lands.' : ''}
      </p>
    </section>
  );
}
