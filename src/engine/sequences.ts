import type { Rng } from './rng';
import { sin } from './trig';

/** An input sequence for one batch row: x (T, 1, I) and a label per step for the timeline. */
export interface Sequence {
  /** x: (T, 1, I). */
  readonly x: Float64Array;
  /** T: time steps. */
  readonly seqLen: number;
  /** I: features per step. */
  readonly inputSize: number;
  /** What step t shows as a token: its number, or its character. */
  readonly tokens: readonly string[];
  /** For one-hot text: the character of each input feature, in feature order. */
  readonly vocabulary?: readonly string[];
}

/** 4 significant digits, for a token label. */
const label = (v: number) => String(Number(v.toPrecision(4)));

/** A one-feature sequence from its values. */
export function numberSequence(values: readonly number[]): Sequence {
  return {
    x: Float64Array.from(values),
    seqLen: values.length,
    inputSize: 1,
    tokens: values.map(label),
  };
}

/** x_t = A sin(2π t / 12), rounded to 4 decimals. */
export function sineWave(seqLen: number, amplitude = 1): Sequence {
  const v = Array.from({ length: seqLen }, (_, t) => {
    return Math.round(1e4 * amplitude * sin((2 * Math.PI * t) / 12)) / 1e4;
  });
  return numberSequence(v);
}

/** x_t = +A for 4 steps, −A for 4 steps, and so on. */
export function squareWave(seqLen: number, amplitude = 1): Sequence {
  return numberSequence(Array.from({ length: seqLen }, (_, t) => (t % 8 < 4 ? 1 : -1) * amplitude));
}

/** x_0 = A and x_t = 0 after: the value to remember. */
export function impulse(seqLen: number, amplitude = 1): Sequence {
  return numberSequence(Array.from({ length: seqLen }, (_, t) => (t === 0 ? amplitude : 0)));
}

/** x_t ~ N(0, A²), seeded, rounded to 4 decimals. */
export function noise(seqLen: number, rng: Rng, amplitude = 1): Sequence {
  const v = Array.from({ length: seqLen }, () => Math.round(1e4 * amplitude * rng.normal()) / 1e4);
  return numberSequence(v);
}

/**
 * One-hot per character: the vocabulary is the text's distinct characters in order of first
 * appearance, x_t[k] = 1 where character t is vocabulary[k]. Whole code points, so 但是 is two
 * characters, not four UTF-16 units.
 */
export function oneHotText(text: string): Sequence {
  const chars = Array.from(text);
  const vocabulary = [...new Set(chars)];
  const index = new Map(vocabulary.map((c, k) => [c, k]));
  const I = vocabulary.length;
  const x = new Float64Array(chars.length * I);
  chars.forEach((c, t) => (x[t * I + (index.get(c) as number)] = 1));
  return { x, seqLen: chars.length, inputSize: I, tokens: chars, vocabulary };
}
