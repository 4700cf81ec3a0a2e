/**
 * The input a loaded model runs on: the file's own inputs while they last, else the settings'
 * sequence when its input size fits the model, else a sequence that fits, with a notice saying so.
 */
import { createRng, sineWave, type RunInput, type Sequence } from '../engine';
import { sequenceLength, type Settings } from './settings';
import type { InputNotice } from './modelNotes';
import type { LoadedModel } from './source';

/** The sequence the timeline shows, the engine's input, and why it is not the settings' one. */
export interface FittedInput {
  readonly sequence: Sequence;
  readonly input: RunInput;
  /** Why the input is not the settings' sequence (`inputNoticeText` words it); null when it is. */
  readonly notice: InputNotice | null;
}

/** A label of 4 significant digits, as the number presets write their tokens. */
const label = (v: number) => String(Number(v.toPrecision(4)));

/**
 * Batch row 0 of x (T, B, I) as a sequence: numbers when I = 1, characters when x is one-hot over
 * a vocabulary of I characters, else the step numbers 1 … T.
 */
export function sequenceOfInput(input: RunInput, vocabulary?: readonly string[]): Sequence {
  const { seqLen: T, batch: B, x } = input;
  const I = x.length / (T * B);
  const row = new Float64Array(T * I);
  for (let t = 0; t < T; t++) row.set(x.subarray(t * B * I, t * B * I + I), t * I);
  const oneHot = vocabulary?.length === I ? vocabulary : undefined;
  const tokens = Array.from({ length: T }, (_, t) => {
    if (I === 1) return label(row[t]);
    const hot = row.subarray(t * I, t * I + I).findIndex((v) => v === 1);
    return oneHot && hot >= 0 ? oneHot[hot] : String(t + 1);
  });
  return { x: row, seqLen: T, inputSize: I, tokens, ...(oneHot && { vocabulary: oneHot }) };
}

/** The file's inputs, described for the notice. */
function fileNotice(loaded: LoadedModel, input: RunInput): InputNotice {
  const states = (['h0', 'c0'] as const).filter((k) => input[k] !== undefined);
  return {
    kind: 'fileInput',
    origin: loaded.origin,
    steps: input.seqLen,
    batch: input.batch,
    features: loaded.model.config.inputSize,
    states,
  };
}

// The noise stream of the settings' seed, apart from the 1-feature noise preset's stream.
const WIDE_NOISE_STREAM = 0x7769;

/** x_t ~ N(0, A²) for I features, seeded and rounded to 4 decimals like the noise preset. */
function wideNoise(T: number, I: number, s: Settings): Sequence {
  const rng = createRng((s.seed ^ WIDE_NOISE_STREAM) >>> 0);
  const x = Float64Array.from({ length: T * I }, () => {
    return Math.round(1e4 * s.amplitude * rng.normal()) / 1e4;
  });
  return sequenceOfInput({ seqLen: T, batch: 1, x });
}

/** The input a loaded model runs on (see the module comment); `own` is the settings' sequence. */
export function loadedInput(s: Settings, loaded: LoadedModel, own: Sequence): FittedInput {
  if (loaded.inputs) {
    const sequence = sequenceOfInput(loaded.inputs, loaded.vocabulary);
    return { sequence, input: loaded.inputs, notice: fileNotice(loaded, loaded.inputs) };
  }
  const I = loaded.model.config.inputSize;
  const oneRow = (sequence: Sequence, notice: InputNotice | null): FittedInput => ({
    sequence,
    input: { seqLen: sequence.seqLen, batch: 1, x: sequence.x },
    notice,
  });
  if (own.inputSize === I) return oneRow(own, null);
  const T = sequenceLength(s.sequence);
  const notice: InputNotice = {
    kind: 'refit',
    modelFeatures: I,
    own: own.inputSize,
    text: own.vocabulary !== undefined,
  };
  return oneRow(I === 1 ? sineWave(T, s.amplitude) : wideNoise(T, I, s), notice);
}
