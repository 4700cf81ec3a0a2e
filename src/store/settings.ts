import type { SettingName, SettingsProblem } from './problems';
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

/** Whether two settings are the same in every field. */
export function sameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

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
 * What is wrong with a combination of settings, as data (`settingsProblemText` words it), or
 * null. The store refuses such settings and keeps running the last valid ones.
 */
export function settingsProblem(s: Settings): SettingsProblem | null {
  const T = sequenceLength(s.sequence);
  if (T < 1) return { kind: 'emptySequence' };
  if (T > LIMITS.seqLen.max) return { kind: 'sequenceTooLong', steps: T, max: LIMITS.seqLen.max };
  if (s.sequence.kind === 'numbers' && !s.sequence.values.every(Number.isFinite)) {
    return { kind: 'sequenceNotFinite' };
  }
  const ranged: readonly SettingName[] = [
    'hiddenSize',
    'numLayers',
    'weightScale',
    'recurrentScale',
    'gateBias',
    'amplitude',
    'seed',
  ];
  for (const setting of ranged) {
    const { min, max } = LIMITS[setting];
    const got = s[setting];
    if (!Number.isFinite(got) || got < min || got > max) {
      return { kind: 'outOfRange', setting, min, max, got };
    }
  }
  for (const setting of ['hiddenSize', 'numLayers', 'seed'] as const) {
    if (!Number.isInteger(s[setting])) return { kind: 'notWhole', setting, got: s[setting] };
  }
  return null;
}
