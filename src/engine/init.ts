import { gateCount } from './cells';
import { randomOrthogonal } from './orthogonal';
import { paramNames, paramShape } from './params';
import type { Rng } from './rng';
import type { Model, ModelConfig, Params } from './types';

/** How to draw a model's parameters. */
export interface InitOptions {
  /**
   * Multiplies PyTorch's default bound: every parameter ~ U(−k, k), k = weightScale / √H.
   * 1 (the default) is PyTorch's own init distribution.
   */
  readonly weightScale?: number;
  /**
   * 'uniform' (PyTorch's default) or 'orthogonal': each H × H gate block of W_hh becomes a
   * random orthogonal matrix times `weightScale` (so its singular values all equal the
   * scale); every other parameter is drawn as with 'uniform'.
   */
  readonly init?: 'uniform' | 'orthogonal';
}

/**
 * A model with freshly drawn parameters, drawn in `state_dict` order from `rng`
 * (layer 0 first; weight_ih, weight_hh, bias_ih, bias_hh).
 */
export function initModel(config: ModelConfig, rng: Rng, options: InitOptions = {}): Model {
  const scale = options.weightScale ?? 1;
  const bound = scale / Math.sqrt(config.hiddenSize);
  const H = config.hiddenSize;
  const params: Params = {};
  for (const name of paramNames(config)) {
    const shape = paramShape(config, name);
    const p = new Float64Array(shape.reduce((a, b) => a * b, 1));
    if (options.init === 'orthogonal' && name.startsWith('weight_hh')) {
      for (let q = 0; q < gateCount(config.cell); q++) {
        const block = randomOrthogonal(H, rng);
        for (let k = 0; k < H * H; k++) p[q * H * H + k] = scale * block[k];
      }
    } else {
      for (let k = 0; k < p.length; k++) p[k] = rng.uniform(-bound, bound);
    }
    params[name] = p;
  }
  return { config, params };
}
