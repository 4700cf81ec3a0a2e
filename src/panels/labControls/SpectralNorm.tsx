import { formatPlain } from '../../charts';
import { spectralNormOf } from '../../store/gradientSelectors';
import { useDeferredRun } from '../gradientLab/useDeferredSelect';

/** σ_max(W_hh), beside the sliders that change it (computed after the plots, deferred). */
export function SpectralNorm() {
  const sigma = spectralNormOf(useDeferredRun().run.model);
  return (
    <p className="lab-sigma">
      <span className="lab-sigma-value">
        σ<sub>max</sub>(W<sub>hh</sub>) = <strong>{formatPlain(sigma, 3)}</strong>
      </span>
      <span className="lab-hint">
        The spectral norm (largest singular value) of W_hh: the most one step can stretch a vector.
        For a plain RNN, well below 1 the gradient shrinks at every step; above 1 it can grow.
      </span>
    </p>
  );
}
