import { formatPlain } from '../../charts';
import { useMessages } from '../../i18n';
import { spectralNormOf } from '../../store/gradientSelectors';
import { useDeferredRun } from '../gradientLab/useDeferredSelect';
import { labControlsMessages } from './messages';

/** σ_max(W_hh), beside the sliders that change it (computed after the plots, deferred). */
export function SpectralNorm() {
  const sigma = spectralNormOf(useDeferredRun(true).run.model);
  const m = useMessages(labControlsMessages);
  return (
    <p className="lab-sigma">
      <span className="lab-sigma-value">
        σ<sub>max</sub>(W<sub>hh</sub>) = <strong>{formatPlain(sigma, 3)}</strong>
      </span>
      <span className="lab-hint">{m.spectralNormHint}</span>
    </p>
  );
}
