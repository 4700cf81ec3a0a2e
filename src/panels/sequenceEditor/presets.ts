import {
  TEXT_PRESETS,
  deriveSequence,
  sequenceLength,
  type SequenceSetting,
  type Settings,
} from '../../store';
import { editorMessages } from './messages';

/** Generated inputs take 1 … 200 steps here (typed lists and text may have up to 500). */
export const PRESET_MAX_LENGTH = 200;

/** The inputs the editor offers. */
export type PresetId = 'sine' | 'square' | 'impulse' | 'noise' | 'en' | 'zh' | 'numbers' | 'text';

type Wave = Extract<SequenceSetting, { seqLen: number }>;

/** The presets in the order offered, each named in English (`editorMessages` has them all). */
export const PRESETS: readonly { readonly id: PresetId; readonly label: string }[] = (
  ['sine', 'square', 'impulse', 'noise', 'en', 'zh', 'numbers', 'text'] as const
).map((id) => ({ id, label: editorMessages.en[id] }));

/** What a custom list or text starts from when none was typed yet. */
const START_NUMBERS = [1, 0.5, 0, -0.5, -1];
const START_TEXT = 'hello, world';

export function isWave(s: SequenceSetting): s is Wave {
  return s.kind !== 'numbers' && s.kind !== 'text';
}

/** Which preset a sequence setting is. */
export function presetOf(s: SequenceSetting): PresetId {
  if (s.kind !== 'text') return s.kind;
  if (s.text === TEXT_PRESETS.en) return 'en';
  if (s.text === TEXT_PRESETS.zh) return 'zh';
  return 'text';
}

/** Whether a preset is edited as text (one-hot characters) rather than as numbers. */
export function isTextPreset(id: PresetId): boolean {
  return id === 'en' || id === 'zh' || id === 'text';
}

/**
 * The one-feature values a sequence runs on before the amplitude scales them, or null for text.
 * What the "Values" field shows.
 */
export function baseValues(settings: Settings): number[] | null {
  const s = settings.sequence;
  if (s.kind === 'numbers') return [...s.values];
  if (s.kind === 'text') return null;
  return Array.from(deriveSequence({ ...settings, amplitude: 1 }).x);
}

/**
 * The sequence setting for a chosen preset: waves keep the current length (within 1 … 200),
 * custom numbers start from the values showing (or a short ramp after text), custom text from
 * a short greeting.
 */
export function sequenceForPreset(id: PresetId, settings: Settings): SequenceSetting {
  const current = settings.sequence;
  const seqLen = Math.max(1, Math.min(PRESET_MAX_LENGTH, sequenceLength(current)));
  switch (id) {
    case 'sine':
    case 'square':
    case 'impulse':
    case 'noise':
      return { kind: id, seqLen };
    case 'en':
    case 'zh':
      return { kind: 'text', text: TEXT_PRESETS[id] };
    case 'numbers':
      return { kind: 'numbers', values: baseValues(settings) ?? START_NUMBERS };
    case 'text':
      return { kind: 'text', text: START_TEXT };
  }
}
