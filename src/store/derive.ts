import {
  backward,
  createRng,
  impulse,
  initModel,
  lossLast,
  lossSum,
  noise,
  numberSequence,
  oneHotText,
  runForward,
  sineWave,
  squareWave,
  stateGradients,
  type Gradients,
  type LossInputs,
  type LossResult,
  type Model,
  type RunInput,
  type Sequence,
  type Trace,
  type Workspace,
  FRESH,
} from '../engine';
import { loadedInput } from './loadedInput';
import type { InputNotice } from './modelNotes';
import type { Settings } from './settings';
import type { LoadedModel } from './source';

/** Everything computed from the settings: what every panel reads. */
export interface Run {
  readonly model: Model;
  readonly sequence: Sequence;
  readonly input: RunInput;
  readonly trace: Trace;
  /** What the loss was computed from: its target (`last`) or its Wout (`every`). */
  readonly lossInputs: LossInputs;
  readonly loss: LossResult;
  readonly grads: Gradients;
  /** Why the input is not the settings' sequence (a loaded model's input), or null. */
  readonly notice: InputNotice | null;
}

// Separate streams for separate purposes, so that e.g. a longer noise input leaves the
// parameters unchanged.
const STREAM = { params: 0, noise: 0x6e6f, loss: 0x1055 };
const rngFor = (seed: number, stream: number) => createRng((seed ^ stream) >>> 0);

/** The input sequence the settings describe, times the amplitude. */
export function deriveSequence(s: Settings): Sequence {
  const q = s.sequence;
  const A = s.amplitude;
  switch (q.kind) {
    case 'sine':
      return sineWave(q.seqLen, A);
    case 'square':
      return squareWave(q.seqLen, A);
    case 'impulse':
      return impulse(q.seqLen, A);
    case 'noise':
      return noise(q.seqLen, rngFor(s.seed, STREAM.noise), A);
    case 'numbers':
      return numberSequence(q.values.map((v) => v * A));
    case 'text': {
      const seq = oneHotText(q.text);
      return A === 1 ? seq : { ...seq, x: seq.x.map((v) => v * A) };
    }
  }
}

/** The last few models drawn by `drawnModel` (one per cell of the compare view), by key. */
const draws = new Map<string, Model>();
const KEPT_DRAWS = 3;

/**
 * PyTorch's init (times the weight scale) drawn from the seed, before the recurrent scale and
 * gate bias. The last few draws are kept (never handed out, only copied): dragging the recurrent scale
 * or the gate bias then copies the parameters instead of drawing them again, a third of a run.
 */
function drawnModel(s: Settings, inputSize: number): Model {
  const config = {
    cell: s.cell,
    inputSize,
    hiddenSize: s.hiddenSize,
    numLayers: s.numLayers,
    bias: s.bias,
  };
  const key = JSON.stringify([config, s.seed, s.init, s.weightScale]);
  let model = draws.get(key);
  if (!model) {
    const options = { init: s.init, weightScale: s.weightScale };
    model = initModel(config, rngFor(s.seed, STREAM.params), options);
    if (draws.size >= KEPT_DRAWS) draws.delete(draws.keys().next().value as string);
  }
  // Re-inserted, so the map's first key is the least recently used.
  draws.delete(key);
  draws.set(key, model);
  return model;
}

/** Each model `deriveModel` made: the draw it copied and the factor its W_hh was scaled by. */
const scaledFrom = new WeakMap<Model, { readonly drawn: Model; readonly scale: number }>();

/**
 * The draw a model of `deriveModel` copied, and the recurrent scale its W_hh was multiplied by
 * (W_hh = scale × the draw's W_hh); undefined for any other model (a loaded one, a worker's).
 */
export function recurrentScaleOf(model: Model) {
  return scaledFrom.get(model);
}

/**
 * The model the settings describe: PyTorch's init (times the weight scale) drawn from the seed,
 * then W_hh times the recurrent scale, and the gate bias added to b_ih of the forget gate
 * (LSTM, rows H … 2H) or the update gate (GRU, rows H … 2H) of every layer. Its parameters are
 * copies in memory from `ws`.
 */
export function deriveModel(s: Settings, inputSize: number, ws: Workspace = FRESH): Model {
  const drawn = drawnModel(s, inputSize);
  const params: Record<string, Float64Array> = {};
  for (const name in drawn.params) {
    const from = drawn.params[name];
    params[name] = ws.take(`model.${name}`, from.length);
    params[name].set(from);
  }
  const model: Model = { config: drawn.config, params };
  const H = s.hiddenSize;
  for (let k = 0; k < s.numLayers; k++) {
    const U = model.params[`weight_hh_l${k}`];
    for (let i = 0; i < U.length; i++) U[i] *= s.recurrentScale;
    const b = model.params[`bias_ih_l${k}`];
    if (b && s.cell !== 'rnn') for (let j = H; j < 2 * H; j++) b[j] += s.gateBias;
  }
  scaledFrom.set(model, { drawn, scale: s.recurrentScale });
  return model;
}

/**
 * The last loss inputs `deriveLossInputs` drew, and what from: the runs of a drag (and the
 * compare view's three cells) draw the same ones.
 */
let lastLossDraw: { key: string; values: Float64Array } | null = null;

/**
 * The inputs of the loss backprop starts from, seeded: for 'last' (½‖h_{T−1} − y‖²) the target
 * y ~ U(−1, 1); for 'every' (Σ_t w_t · h_t) the weights w_t ~ N(0, 1) (the reference fixtures'
 * L_last and L_sum). A loaded model's own loss inputs, when it has the one asked for, win.
 */
export function deriveLossInputs(s: Settings, trace: Trace, own: LossInputs = {}): LossInputs {
  if (s.loss === 'last' && own.target) return { target: own.target };
  if (s.loss === 'every' && own.Wout) return { Wout: own.Wout };
  const n = trace.batch * trace.config.hiddenSize;
  const length = s.loss === 'last' ? n : trace.seqLen * n;
  const key = JSON.stringify([s.seed, s.loss, length]);
  if (lastLossDraw?.key !== key) {
    const rng = rngFor(s.seed, STREAM.loss);
    const draw = s.loss === 'last' ? () => rng.uniform(-1, 1) : () => rng.normal();
    lastLossDraw = { key, values: Float64Array.from({ length }, draw) };
  }
  // A copy: a worker transfers a run's arrays to the page, which would empty the kept one.
  const values = lastLossDraw.values.slice();
  return s.loss === 'last' ? { target: values } : { Wout: values };
}

function lossOf(trace: Trace, inputs: LossInputs): LossResult {
  if (inputs.target) return lossLast(trace, inputs.target);
  if (inputs.Wout) return lossSum(trace, inputs.Wout);
  throw new RangeError('a loss needs its target or its Wout');
}

/** The last sequence `generatedInput` made, and what it was made from. */
let lastSequence: { key: string; sequence: Sequence } | null = null;

/**
 * The settings' own input: their sequence, batch 1. The last sequence is reused (copied) while
 * its settings stay, so dragging a weight slider does not redraw the noise or reformat the
 * tokens.
 */
function generatedInput(s: Settings) {
  const key = JSON.stringify([s.sequence, s.amplitude, s.sequence.kind === 'noise' && s.seed]);
  if (lastSequence?.key !== key) lastSequence = { key, sequence: deriveSequence(s) };
  // x is copied: a worker transfers a run's arrays to the page, which would empty the kept one.
  const sequence = { ...lastSequence.sequence, x: lastSequence.sequence.x.slice() };
  const input: RunInput = { seqLen: sequence.seqLen, batch: 1, x: sequence.x };
  return { sequence, input, notice: null };
}

/** The model forward on the input, and the loss's inputs and value: a run before backprop. */
function forwardRun(s: Settings, loaded: LoadedModel | null, ws: Workspace) {
  const { sequence, input, notice } = loaded
    ? loadedInput(s, loaded, deriveSequence(s))
    : generatedInput(s);
  const model = loaded ? loaded.model : deriveModel(s, sequence.inputSize, ws);
  const trace = runForward(model, input, ws);
  const lossInputs = deriveLossInputs(s, trace, (loaded?.inputs && loaded.loss) || {});
  const loss = lossOf(trace, lossInputs);
  return { model, sequence, input, trace, lossInputs, loss, notice };
}

/**
 * Runs the model forward on the input and backward from the loss: the settings' model on their
 * sequence, or a loaded model as it is (on its own input, or the settings' sequence made to fit).
 * The run's arrays come from `ws` (see runMemory.ts): fresh ones by default.
 */
export function deriveRun(
  s: Settings,
  loaded: LoadedModel | null = null,
  ws: Workspace = FRESH,
): Run {
  const run = forwardRun(s, loaded, ws);
  return { ...run, grads: backward(run.model, run.trace, run.loss.dOutput, ws) };
}

/**
 * The settings' run with only the states' gradients (no weight gradients; see
 * `stateGradients`): the trace and the per-step gradient norms, for a view that shows no more.
 */
export function deriveStates(s: Settings, ws: Workspace = FRESH) {
  const { trace, loss, model } = forwardRun(s, null, ws);
  return { trace, grads: stateGradients(model, trace, loss.dOutput, ws) };
}
