import { failAt, InteropError } from './interop-error';
import { describe, problemMessage, type InteropProblem } from './interop-problem';
import { readTensor } from './nested';
import { parseJson } from './parse-json';
import { readStateDict, type LinearHead } from './state-dict';
import type { Model, ModelConfig, RunInput } from './types';

/** The fixtures' loss inputs: L_sum = Σ output ⊙ Wout, L_last = ½ ‖output_{T−1} − target‖². */
export interface LossInputs {
  /** Wout: (T, B, H). */
  readonly Wout?: Float64Array;
  /** target: (B, H). */
  readonly target?: Float64Array;
}

/** What a weights file holds: always a model; inputs, loss and a head when the file has them. */
export interface WeightsFile {
  readonly model: Model;
  /** An `nn.Linear` head saved beside the module (`fc.weight`, `fc.bias`), if any. */
  readonly head?: LinearHead;
  readonly inputs?: RunInput;
  readonly loss?: LossInputs;
}

/** The first problem found in a weights file: where, what (as data), and in English. */
export interface ParseError {
  readonly path: string;
  readonly problem: InteropProblem;
  readonly message: string;
}

/** The outcome of `parseWeightsJson`: the file, or the first problem found and where. */
export type ParseResult =
  | { readonly ok: true; readonly file: WeightsFile }
  | { readonly ok: false; readonly error: ParseError };

/**
 * Reads a weights file from its text (see `readWeights` for the layouts). Never throws: a problem
 * comes back as `{ ok: false, error: { path, message } }`. Python's `NaN`, `Infinity` and
 * `-Infinity` tokens are read, so that they can be reported at the entry where they stand.
 */
export function parseWeightsJson(text: string): ParseResult {
  try {
    // A leading byte-order mark is not JSON, but some editors write one.
    return { ok: true, file: readWeights(parseJson(text.replace(/^\uFEFF/, ''))) };
  } catch (e) {
    if (e instanceof InteropError) {
      return { ok: false, error: { path: e.path, problem: e.problem, message: e.message } };
    }
    const problem: InteropProblem = { kind: 'unreadable', detail: String(e) };
    return { ok: false, error: { path: '', problem, message: problemMessage('', problem) } };
  }
}

/**
 * Reads an already-parsed weights file. Two layouts are accepted:
 *
 * 1. a bare `state_dict` map, as `json.dump({k: v.tolist() for k, v in
 *    model.state_dict().items()}, f)` writes it for `nn.LSTM`, `nn.GRU` or `nn.RNN`;
 * 2. an object with that map under `params` and, optionally, `inputs` (`x` (T, B, I), `h0` and,
 *    LSTM only, `c0` (L, B, H)) and `loss` (`Wout` (T, B, H), `target` (B, H)): the layout of
 *    the reference fixtures and of `writeWeights`. Other fields are ignored, except that
 *    `config.nonlinearity: "relu"` is refused, and `config.batch_first: true` when the file
 *    has inputs or loss.
 *
 * Parameter names may all carry one module prefix (`lstm.weight_ih_l0`), which is dropped, and
 * one `nn.Linear` head may stand beside them (`fc.weight` (O, H), `fc.bias` (O)). The
 * cell and sizes are inferred from the shapes: H = columns of `weight_hh_l0`, G = its rows / H
 * (4 LSTM, 3 GRU, 1 RNN), I = columns of `weight_ih_l0`, L = number of layers, bias iff any
 * `bias_*` key exists. Throws an `InteropError` naming the offending key at the first problem.
 */
export function readWeights(json: unknown): WeightsFile {
  if (!isObject(json)) {
    throw new InteropError('', { kind: 'notObject', value: describe(json) });
  }
  if (!Object.hasOwn(json, 'params')) return readStateDict(json, '');

  const { params, config } = json;
  if (isObject(config)) checkConfig(config, json.inputs !== undefined || json.loss !== undefined);
  if (!isObject(params)) {
    failAt('params', { kind: 'notSection', section: 'params', value: describe(params) });
  }
  const { model, head } = readStateDict(params, 'params');
  const inputs = json.inputs === undefined ? undefined : readInputs(json.inputs, model.config);
  const loss = json.loss === undefined ? undefined : readLoss(json.loss, model.config, inputs);
  return { model, ...(head && { head }), ...(inputs && { inputs }), ...(loss && { loss }) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Refuses what the shapes cannot reveal: a ReLU RNN, or inputs laid out batch-first. */
function checkConfig(config: Record<string, unknown>, hasData: boolean): void {
  if (config.nonlinearity === 'relu') {
    failAt('config.nonlinearity', { kind: 'relu', value: 'relu' });
  }
  if (config.cell === 'rnn_relu') {
    failAt('config.cell', { kind: 'relu', value: 'rnn_relu' });
  }
  if (config.batch_first === true && hasData) {
    failAt('config.batch_first', { kind: 'batchFirst' });
  }
}

const STATE = '(num_layers, batch, hidden_size)';

/** Reads `inputs`: x (T, B, I) sets T and B; h0 and (LSTM only) c0 are (L, B, H). */
function readInputs(value: unknown, config: ModelConfig): RunInput {
  const { cell, inputSize: I, hiddenSize: H, numLayers: L } = config;
  if (!isObject(value)) {
    failAt('inputs', { kind: 'notSection', section: 'inputs', value: describe(value) });
  }
  if (value.x === undefined) {
    failAt('inputs.x', { kind: 'missingX' });
  }
  const x = readTensor(
    value.x,
    [undefined, undefined, undefined],
    'inputs.x',
    '(seq_len, batch, input_size)',
  );
  // Only a tensor's last size can be 0 (an empty list ends the nesting), so T, B ≥ 1.
  const [T, B, width] = x.shape;
  if (width !== I) {
    failAt('inputs.x', { kind: 'inputWidth', shape: x.shape, inputSize: I });
  }
  if (value.c0 !== undefined && cell !== 'lstm') {
    failAt('inputs.c0', { kind: 'c0NotLstm', cell });
  }
  const state = (key: 'h0' | 'c0') =>
    value[key] === undefined
      ? {}
      : { [key]: readTensor(value[key], [L, B, H], `inputs.${key}`, STATE).data };
  return { seqLen: T, batch: B, x: x.data, ...state('h0'), ...state('c0') };
}

/** Reads `loss`: Wout (T, B, H) and target (B, H), with T and B taken from x when it is known. */
function readLoss(value: unknown, config: ModelConfig, inputs?: RunInput): LossInputs | undefined {
  if (!isObject(value)) {
    failAt('loss', { kind: 'notSection', section: 'loss', value: describe(value) });
  }
  const H = config.hiddenSize;
  let B = inputs?.batch;
  let Wout: Float64Array | undefined;
  if (value.Wout !== undefined) {
    const t = readTensor(
      value.Wout,
      [inputs?.seqLen, B, H],
      'loss.Wout',
      '(seq_len, batch, hidden_size)',
    );
    B = t.shape[1];
    Wout = t.data;
  }
  const target =
    value.target === undefined
      ? undefined
      : readTensor(value.target, [B, H], 'loss.target', '(batch, hidden_size)').data;
  if (Wout === undefined && target === undefined) return undefined;
  return { ...(Wout && { Wout }), ...(target && { target }) };
}
