import { gateCount } from './cells';
import type { ModelConfig } from './types';

/** The tensors of one layer, in PyTorch's `state_dict` order. */
export const LAYER_TENSORS = ['weight_ih', 'weight_hh', 'bias_ih', 'bias_hh'] as const;

/** One of a layer's tensors: W (`weight_ih`), U (`weight_hh`), or a bias vector. */
export type LayerTensor = (typeof LAYER_TENSORS)[number];

/** A parameter name split into its tensor and layer: `bias_hh_l2` → bias_hh of layer 2. */
export interface ParamName {
  readonly tensor: LayerTensor;
  readonly layer: number;
}

const NAME = /^(weight_ih|weight_hh|bias_ih|bias_hh)_l(0|[1-9]\d*)$/;

/** Parses a PyTorch parameter name such as `weight_ih_l0`; null for any other string. */
export function parseParamName(name: string): ParamName | null {
  const match = NAME.exec(name);
  return match === null ? null : { tensor: match[1] as LayerTensor, layer: Number(match[2]) };
}

/**
 * The model's parameter names in PyTorch's order: for each layer k, `weight_ih_l{k}`,
 * `weight_hh_l{k}`, then (with bias) `bias_ih_l{k}`, `bias_hh_l{k}`.
 */
export function paramNames(config: ModelConfig): string[] {
  const names: string[] = [];
  for (let k = 0; k < config.numLayers; k++) {
    for (const tensor of LAYER_TENSORS) {
      if (config.bias || !tensor.startsWith('bias')) names.push(`${tensor}_l${k}`);
    }
  }
  return names;
}

/**
 * The PyTorch shape of a parameter: `weight_ih_l{k}` (G·H, in_k), `weight_hh_l{k}` (G·H, H),
 * `bias_*_l{k}` (G·H), where G is the gate count and in_0 = I, in_k = H for k > 0.
 * Throws a RangeError for a name the model does not have.
 */
export function paramShape(config: ModelConfig, name: string): number[] {
  const parsed = parseParamName(name);
  const isBias = parsed !== null && parsed.tensor.startsWith('bias');
  if (parsed === null || parsed.layer >= config.numLayers || (isBias && !config.bias)) {
    throw new RangeError(`${name} is not a parameter of this model`);
  }
  const H = config.hiddenSize;
  const rows = gateCount(config.cell) * H;
  switch (parsed.tensor) {
    case 'weight_ih':
      return [rows, parsed.layer === 0 ? config.inputSize : H];
    case 'weight_hh':
      return [rows, H];
    default:
      return [rows];
  }
}
