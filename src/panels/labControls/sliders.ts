/**
 * The lab's sliders as data: range and how each reads and writes the settings. The id keys the
 * slider's name and hint in labControlsMessages; the English names follow DESIGN.md ("Weight
 * scale", "Recurrent weight scale", "Forget gate bias", …).
 */
import { LAB_RECURRENT_SCALE, LIMITS, type Settings } from '../../store';

export interface SliderSpec {
  /** Keys the accessible name (`id`) and the hint under the slider (`${id}Hint`). */
  readonly id:
    'weightScale' | 'recurrentScale' | 'gateBias' | 'hiddenSize' | 'seqLen' | 'amplitude';
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
    min: 0,
    max: 4,
    step: 0.05,
    read: (s) => s.weightScale,
    write: (v) => ({ weightScale: v }),
    format: times,
  },
  recurrentScale: {
    id: 'recurrentScale',
    ...LAB_RECURRENT_SCALE,
    read: (s) => s.recurrentScale,
    write: (v) => ({ recurrentScale: v }),
    format: times,
  },
  gateBias: {
    id: 'gateBias',
    min: -6,
    max: 6,
    step: 0.1,
    read: (s) => s.gateBias,
    write: (v) => ({ gateBias: v }),
    format: signed,
  },
  hiddenSize: {
    id: 'hiddenSize',
    ...LIMITS.hiddenSize,
    step: 1,
    read: (s) => s.hiddenSize,
    write: (v) => ({ hiddenSize: v }),
    format: String,
  },
  seqLen: {
    id: 'seqLen',
    ...LIMITS.seqLen,
    step: 1,
    read: (s) => ('seqLen' in s.sequence ? s.sequence.seqLen : 0),
    write: (v, s) => ('seqLen' in s.sequence ? { sequence: { ...s.sequence, seqLen: v } } : {}),
    format: String,
  },
  amplitude: {
    id: 'amplitude',
    min: 0,
    max: 5,
    step: 0.1,
    read: (s) => s.amplitude,
    write: (v) => ({ amplitude: v }),
    format: (v) => v.toFixed(1),
  },
} as const satisfies Record<string, SliderSpec>;
