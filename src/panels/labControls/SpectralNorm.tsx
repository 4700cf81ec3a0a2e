import { formatPlain } from '../../charts';
import { TextBlock } from '../../charts/TextBlock';
import { useMessages } from '../../i18n';
import { selectModel, selectTrace, useGateScope } from '../../store';
import { smallRun } from '../../store/compare';
import { spectralNormOf } from '../../store/gradientSelectors';
import { labControlsMessages } from './messages';
import { useWhileVisible } from '../useWhileVisible';

/**
 * σ_max(W_hh), beside the sliders that change it: in the frame of the input, or for a run from a
 * worker (a Lanczos run on a bigger W_hh) in a frame of its own after the plots.
 */
export function SpectralNorm() {
  const model = useGateScope(selectModel);
  const small = smallRun(useGateScope(selectTrace));
  const sigma = spectralNormOf(useWhileVisible(model, true, small));
  const m = useMessages(labControlsMessages);
  return (
    <p className="lab-sigma">
      <span className="lab-sigma-value">
        <TextBlock as="span">
          σ<sub>max</sub>(W<sub>hh</sub>) = <strong>{formatPlain(sigma, 3)}</strong>
        </TextBlock>
      </span>
      <span className="lab-hint">{m.spectralNormHint}</span>
    </p>
  );
}
