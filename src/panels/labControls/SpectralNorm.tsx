import { formatPlain } from '../../charts';
import { useMessages } from '../../i18n';
import { selectModel, useGateScope } from '../../store';
import { spectralNormOf } from '../../store/gradientSelectors';
import { labControlsMessages } from './messages';

/** σ_max(W_hh), beside the sliders that change it (with the plots, in the frame of the input). */
export function SpectralNorm() {
  const sigma = spectralNormOf(useGateScope(selectModel));
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
