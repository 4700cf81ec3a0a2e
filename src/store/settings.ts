import type { CellKind } from '../engine';

/** Where the input sequence comes from. */
export type SequenceSetting =
  /** A generated wave or signal of `seqLen` steps (one feature). */
  | { readonly kind: 'sine' | 'square' | 'impulse' | 'noise'; readonly seqLen: number }
  /** Numbers typed by the user (one feature). */
  | { readonly kind: 'numbers'; readonly values: readonly number[] }
  /** Text, one-hot per character (one feature per distinct character). */
  | { readonly kind: 'text'; readonly text: string };

/** Every setting a widget runs from: what the URL, a lesson or the controls set. */
export interface Settings {
  readonly cell: CellKind;
  /** H: units per layer. */
  readonly hiddenSize: number;
  /** L: stacked layers. */
  readonly numLayers: number;
  /** Whether the cell has its bias vectors (PyTorch's `bias=True`). */
  readonly bias: boolean;
  /** Seed of every random draw: parameters, noise input, loss targets. */
  readonly seed: number;
  /** PyTorch's uniform init, or orthogonal recurrent weights. */
  readonly init: 'uniform' | 'orthogonal';
  /** Multiplies the init bound of every parameter (1 = PyTorch's default). */
  readonly weightScale: number;
  /** Multiplies W_hh after init. */
  readonly recurrentScale: number;
  /** Added to b_ih of the gate that keeps memory: the LSTM's forget gate, the GRU's update gate. */
  readonly gateBias: number;
  readonly sequence: SequenceSetting;
  /** Multiplies the input sequence x. */
  readonly amplitude: number;
  /** The loss backprop starts from: on the last step only, or on every step. */
  readonly loss: 'last' | 'every';
}

/** What a fresh widget shows before anyone changes a setting. */
export const DEFAULT_SETTINGS: Settings = {
  cell: 'lstm',
  hiddenSize: 4,
  numLayers: 1,
  bias: true,
  seed: 1,
  init: 'uniform',
  weightScale: 1,
  recurrentScale: 1,
  gateBias: 0,
  sequence: { kind: 'sine', seqLen: 12 },
  amplitude: 1,
  loss: 'last',
};

/** The allowed range of each numeric setting. */
export const LIMITS = {
  hiddenSize: { min: 1, max: 128 },
  numLayers: { min: 1, max: 3 },
  seqLen: { min: 1, max: 500 },
  weightScale: { min: 0, max: 8 },
  recurrentScale: { min: 0, max: 8 },
  gateBias: { min: -10, max: 10 },
  amplitude: { min: 0, max: 10 },
  seed: { min: 0, max: 2 ** 32 - 1 },
} as const;

/** The sequence's length. */
export function sequenceLength(s: SequenceSetting): number {
  if (s.kind === 'numbers') return s.values.length;
  if (s.kind === 'text') return Array.from(s.text).length;
  return s.seqLen;
}

/**
 * What is wrong with a combination of settings, in a sentence for the user, or null. The
 * store refuses such settings and keeps running the last valid ones.
 */
export function settingsProblem(s: Settings): string | null {
  const T = sequenceLength(s.sequence);
  if (T < 1) return 'The sequence is empty: give it at least one step.';
  if (T > LIMITS.seqLen.max) {
    return `The sequence has ${T} steps; at most ${LIMITS.seqLen.max} are allowed.`;
  }
  if (s.sequence.kind === 'numbers' && !s.sequence.values.every(Number.isFinite)) {
    return 'Every value of the sequence must be a finite number.';
  }
  const ranged: [string, number, { min: number; max: number }][] = [
    ['Hidden size', s.hiddenSize, LIMITS.hiddenSize],
    ['Layers', s.numLayers, LIMITS.numLayers],
    ['Weight scale', s.weightScale, LIMITS.weightScale],
    ['Recurrent weight scale', s.recurrentScale, LIMITS.recurrentScale],
    ['Gate bias', s.gateBias, LIMITS.gateBias],
    ['Input amplitude', s.amplitude, LIMITS.amplitude],
    ['Seed', s.seed, LIMITS.seed],
  ];
  for (const [name, v, { min, max }] of ranged) {
    if (!Number.isFinite(v) || v < min || v > max) {
      return `${name} must be between ${min} and ${max}; got ${v}.`;
    }
  }
  for (const [name, v] of [
    ['Hidden size', s.hiddenSize],
    ['Layers', s.numLayers],
    ['Seed', s.seed],
  ] as const) {
    if (!Number.isInteger(v)) return `${name} must be a whole number; got ${v}.`;
  }
  return null;
}
