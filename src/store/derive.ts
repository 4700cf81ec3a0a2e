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
  type Gradients,
  type LossResult,
  type Model,
  type RunInput,
  type Sequence,
  type Trace,
} from '../engine';
import type { Settings } from './settings';

/** Everything computed from the settings: what every panel reads. */
export interface Run {
  readonly model: Model;
  readonly sequence: Sequence;
  readonly input: RunInput;
  readonly trace: Trace;
  readonly loss: LossResult;
  readonly grads: Gradients;
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

/**
 * The model the settings describe: PyTorch's init (times the weight scale) drawn from the seed,
 * then W_hh times the recurrent scale, and the gate bias added to b_ih of the forget gate
 * (LSTM, rows H … 2H) or the update gate (GRU, rows H … 2H) of every layer.
 */
export function deriveModel(s: Settings, inputSize: number): Model {
  const config = {
    cell: s.cell,
    inputSize,
    hiddenSize: s.hiddenSize,
    numLayers: s.numLayers,
    bias: s.bias,
  };
  const model = initModel(config, rngFor(s.seed, STREAM.params), {
    init: s.init,
    weightScale: s.weightScale,
  });
  const H = s.hiddenSize;
  for (let k = 0; k < s.numLayers; k++) {
    const U = model.params[`weight_hh_l${k}`];
    for (let i = 0; i < U.length; i++) U[i] *= s.recurrentScale;
    const b = model.params[`bias_ih_l${k}`];
    if (b && s.cell !== 'rnn') for (let j = H; j < 2 * H; j++) b[j] += s.gateBias;
  }
  return model;
}

/**
 * The loss backprop starts from, with seeded targets: 'last' is ½‖h_{T−1} − y‖² with
 * y ~ U(−1, 1); 'every' is Σ_t w_t · h_t with w_t ~ N(0, 1) (the reference fixtures' L_last
 * and L_sum).
 */
export function deriveLoss(s: Settings, trace: Trace): LossResult {
  const rng = rngFor(s.seed, STREAM.loss);
  const n = trace.batch * trace.config.hiddenSize;
  if (s.loss === 'last') {
    return lossLast(
      trace,
      Float64Array.from({ length: n }, () => rng.uniform(-1, 1)),
    );
  }
  return lossSum(
    trace,
    Float64Array.from({ length: trace.seqLen * n }, () => rng.normal()),
  );
}

/** Runs the model forward on the input and backward from the loss. */
export function deriveRun(s: Settings): Run {
  const sequence = deriveSequence(s);
  const model = deriveModel(s, sequence.inputSize);
  const input: RunInput = { seqLen: sequence.seqLen, batch: 1, x: sequence.x };
  const trace = runForward(model, input);
  const loss = deriveLoss(s, trace);
  const grads = backward(model, trace, loss.dOutput);
  return { model, sequence, input, trace, loss, grads };
}
