import { GATES } from './cells';
import type { LossInputs } from './interop-read';
import { toNested } from './nested';
import { paramNames, paramShape } from './params';
import type { CellKind, Model, ModelConfig, RunInput } from './types';

/** The fixtures' `config` block: PyTorch's constructor arguments, in PyTorch's spelling. */
export interface ConfigJson {
  /** PyTorch's mode string: the plain RNN is `rnn_tanh`. */
  readonly cell: 'lstm' | 'gru' | 'rnn_tanh';
  readonly input_size: number;
  readonly hidden_size: number;
  readonly num_layers: number;
  readonly bias: boolean;
  readonly batch_first: false;
  /** The row blocks of the weights, top to bottom: LSTM i, f, g, o; GRU r, z, n; RNN h. */
  readonly gate_order: readonly string[];
  readonly nonlinearity: 'tanh';
}

/** The JSON layout `writeWeights` produces and `readWeights` reads back (nested lists). */
export interface WeightsJson {
  readonly config: ConfigJson;
  readonly params: Record<string, unknown>;
  readonly inputs?: { readonly x: unknown; readonly h0?: unknown; readonly c0?: unknown };
  readonly loss?: { readonly Wout?: unknown; readonly target?: unknown };
}

/** What `writeWeights` can store beside the model. */
export interface WeightsExtra {
  readonly inputs?: RunInput;
  /** Wout is (T, B, H), so it needs `inputs` for T and B; target (B, H) does not. */
  readonly loss?: LossInputs;
}

const PYTORCH_CELL: Record<CellKind, ConfigJson['cell']> = {
  lstm: 'lstm',
  gru: 'gru',
  rnn: 'rnn_tanh',
};

/** The fixtures' `config` block for a model. */
export function writeConfig(config: ModelConfig): ConfigJson {
  return {
    cell: PYTORCH_CELL[config.cell],
    input_size: config.inputSize,
    hidden_size: config.hiddenSize,
    num_layers: config.numLayers,
    bias: config.bias,
    batch_first: false,
    gate_order: GATES[config.cell],
    nonlinearity: 'tanh',
  };
}

/**
 * The model's parameters as PyTorch's `state_dict` would be dumped to JSON: a map from each name,
 * in PyTorch's order, to its nested lists (`{k: v.tolist() for k, v in sd.items()}`). Load it in
 * Python with `model.load_state_dict({k: torch.tensor(v) for k, v in json.load(f).items()})`.
 */
export function writeStateDict(model: Model): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of paramNames(model.config)) {
    const data = model.params[name];
    if (data === undefined) throw new RangeError(`the model has no parameter ${name}`);
    out[name] = toNested(data, paramShape(model.config, name));
  }
  return out;
}

/**
 * The fixtures' layout: always `{ config, params }` (so the file says what it holds), plus
 * `inputs` and `loss` when given. `readWeights` reads it back to equal Float64Arrays (through
 * `JSON.stringify`, except that −0 becomes 0 and NaN / ±Infinity become null: export finite
 * values). For the bare map PyTorch's `load_state_dict` takes, use `writeStateDict`.
 */
export function writeWeights(model: Model, extra: WeightsExtra = {}): WeightsJson {
  const { inputs, loss } = extra;
  return {
    config: writeConfig(model.config),
    params: writeStateDict(model),
    ...(inputs && { inputs: writeInputs(model.config, inputs) }),
    ...(loss && { loss: writeLoss(model.config, loss, inputs) }),
  };
}

/** x (T, B, I); h0 and c0 (L, B, H). */
function writeInputs(config: ModelConfig, inputs: RunInput): WeightsJson['inputs'] {
  const { seqLen: T, batch: B, x, h0, c0 } = inputs;
  const state = [config.numLayers, B, config.hiddenSize];
  return {
    x: toNested(x, [T, B, config.inputSize]),
    ...(h0 && { h0: toNested(h0, state) }),
    ...(c0 && { c0: toNested(c0, state) }),
  };
}

/** Wout (T, B, H) with T and B from the inputs; target (B, H). */
function writeLoss(config: ModelConfig, loss: LossInputs, inputs?: RunInput): WeightsJson['loss'] {
  const H = config.hiddenSize;
  const { Wout, target } = loss;
  if (Wout && !inputs) throw new RangeError('loss.Wout is (T, B, H): writing it needs inputs');
  return {
    ...(Wout && inputs && { Wout: toNested(Wout, [inputs.seqLen, inputs.batch, H]) }),
    ...(target && { target: toNested(target, [inputs?.batch ?? target.length / H, H]) }),
  };
}
