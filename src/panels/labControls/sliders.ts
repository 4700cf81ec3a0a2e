/**
 * The lab's sliders as data: accessible name, range and how each reads and writes the settings.
 * Names follow DESIGN.md ("Weight scale", "Recurrent weight scale", "Forget gate bias", …).
 */
import { LAB_RECURRENT_SCALE, LIMITS, type Settings } from '../../store';

export interface SliderSpec {
  readonly id: string;
  /** The accessible name (and visible label unless the cell renames it). */
  readonly name: string;
  /** A short explanation under the slider. */
  readonly hint: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  read(s: Settings): number;
  write(v: number, s: Settings): Partial<Settings>;
  /** The value as shown beside the slider and announced. */
  format(v: number): string;
}

const times = (v: number) => `× ${v.toFixed(2)}`;
const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)}`;

export const SLIDERS = {
  weightScale: {
    id: 'weightScale',
    name: 'Weight scale',
    hint: 'All weights and biases, relative to PyTorch’s default init U(−1/√H, 1/√H).',
    min: 0,
    max: 4,
    step: 0.05,
    read: (s) => s.weightScale,
    write: (v) => ({ weightScale: v }),
    format: times,
  },
  recurrentScale: {
    id: 'recurrentScale',
    name: 'Recurrent weight scale',
    hint: 'W_hh only: what every step multiplies the state (and the gradient) by.',
    ...LAB_RECURRENT_SCALE,
    read: (s) => s.recurrentScale,
    write: (v) => ({ recurrentScale: v }),
    format: times,
  },
  gateBias: {
    id: 'gateBias',
    name: 'Forget gate bias',
    hint: 'Added to the gate that keeps memory; positive keeps it open.',
    min: -6,
    max: 6,
    step: 0.1,
    read: (s) => s.gateBias,
    write: (v) => ({ gateBias: v }),
    format: signed,
  },
  hiddenSize: {
    id: 'hiddenSize',
    name: 'Hidden size',
    hint: 'H: units in the layer.',
    ...LIMITS.hiddenSize,
    step: 1,
    read: (s) => s.hiddenSize,
    write: (v) => ({ hiddenSize: v }),
    format: String,
  },
  seqLen: {
    id: 'seqLen',
    name: 'Sequence length',
    hint: 'T: time steps the gradient travels back through.',
    ...LIMITS.seqLen,
    step: 1,
    read: (s) => ('seqLen' in s.sequence ? s.sequence.seqLen : 0),
    write: (v, s) => ('seqLen' in s.sequence ? { sequence: { ...s.sequence, seqLen: v } } : {}),
    format: String,
  },
  amplitude: {
    id: 'amplitude',
    name: 'Input amplitude',
    hint: 'Multiplies the input x: large inputs saturate tanh.',
    min: 0,
    max: 5,
    step: 0.1,
    read: (s) => s.amplitude,
    write: (v) => ({ amplitude: v }),
    format: (v) => v.toFixed(1),
  },
} as const satisfies Record<string, SliderSpec>;
