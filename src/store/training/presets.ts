import type { Lang } from '../../i18n/lang';
import { TRAINING_DEFAULTS, type TrainingConfig } from './config';
import { trainingPresetDescriptions, trainingPresetTitles } from './messages';

/** A one-click setup of the training lab that shows one claim. */
export interface TrainingPreset {
  readonly id: keyof (typeof trainingPresetTitles)['en'];
  /** The button's title in English (`presetText` words it in any language). */
  readonly title: string;
  /**
   * What happens, with the numbers the engine gives on "remember the first value" (T = 30,
   * hidden 16, batch 32, accuracy on 256 held-out sequences every 25 updates, budget 300):
   * test/engine/train-claims.test.ts and test/store/training/presets.test.ts hold them. English.
   */
  readonly description: string;
  readonly config: TrainingConfig;
}

const base = TRAINING_DEFAULTS;
const rnnSgd = {
  ...base,
  cell: 'rnn',
  gateBias: 0,
  recurrentScale: 3,
  optimizer: 'sgd',
  learningRate: 0.1,
  momentum: 0,
} as const;

const preset = (id: TrainingPreset['id'], config: TrainingConfig): TrainingPreset => ({
  id,
  ...presetText(id, 'en'),
  config,
});

export const TRAINING_PRESETS: readonly TrainingPreset[] = [
  preset('lstm-open', base),
  preset('gru-open', { ...base, cell: 'gru', gateBias: 2 }),
  preset('lstm-closed', { ...base, gateBias: 0 }),
  preset('rnn', { ...base, cell: 'rnn', gateBias: 0 }),
  preset('sgd', { ...base, optimizer: 'sgd', learningRate: 0.03, momentum: 0.9 }),
  preset('rnn-exploding', { ...rnnSgd, clip: false }),
  preset('rnn-clipped', { ...rnnSgd, clip: true, clipNorm: 1 }),
];

/** A preset's title and description in `lang`. */
export function presetText(
  id: TrainingPreset['id'],
  lang: Lang,
): Pick<TrainingPreset, 'title' | 'description'> {
  return {
    title: trainingPresetTitles[lang][id],
    description: trainingPresetDescriptions[lang][id],
  };
}

/** The preset whose config equals `config`, if any (its button shows as pressed). */
export function matchingPreset(config: TrainingConfig): TrainingPreset | undefined {
  const key = (c: TrainingConfig) => JSON.stringify(c, Object.keys(c).sort());
  const k = key(config);
  return TRAINING_PRESETS.find((p) => key(p.config) === k);
}
