import { defineMessages } from '../i18n/messages';
import type { Settings } from './settings';

/**
 * The gradient lab's starting point: a plain tanh RNN with PyTorch's uniform init at hidden 64
 * on 50 steps of seeded noise, with the loss on the last step. test/store/labClaims.test.ts
 * proves the lab's three claims on these settings.
 */
export const LAB_DEFAULTS: Partial<Settings> = {
  cell: 'rnn',
  hiddenSize: 64,
  numLayers: 1,
  sequence: { kind: 'noise', seqLen: 50 },
  amplitude: 1,
  init: 'uniform',
  weightScale: 1,
  recurrentScale: 1,
  gateBias: 0,
  loss: 'last',
};

/** The lab's "Recurrent weight scale" slider runs over this range. */
export const LAB_RECURRENT_SCALE = { min: 0.1, max: 4, step: 0.05 } as const;

/** Each preset's button title, by preset id. */
export const labPresetTitles = defineMessages({
  en: {
    vanishing: 'RNN: vanishing',
    exploding: 'RNN: exploding',
    lstm: 'LSTM: forget gate open',
    gru: 'GRU: update gate open',
  },
  zh: {
    vanishing: 'RNN：梯度消失',
    exploding: 'RNN：梯度爆炸',
    lstm: 'LSTM：遗忘门打开',
    gru: 'GRU：更新门打开',
  },
});

/** What to look at with each preset; the numbers themselves are shown live from the engine. */
export const labPresetDescriptions = defineMessages({
  en: {
    vanishing:
      'Small recurrent weights: every step multiplies the gradient by a factor below 1, so almost nothing reaches t = 0.',
    exploding:
      'Large recurrent weights: the per-step factor is above 1 and the gradient grows going back in time.',
    lstm: 'A forget gate bias of +3 keeps f near 1: the cell state is updated by addition, and its gradient stays alive all the way back.',
    gru: 'An update gate bias of +3 keeps z near 1: h is mostly copied forward, and so is its gradient backward.',
  },
  zh: {
    vanishing: '循环权重很小：每一步都让梯度乘以一个小于 1 的因子，所以几乎没有梯度能到达 t = 0。',
    exploding: '循环权重很大：每一步的因子都大于 1，梯度沿时间往回传时越来越大。',
    lstm: '遗忘门偏置为 +3，使 f 接近 1：细胞状态以加法方式更新，它的梯度一路传回起点都不会消失。',
    gru: '更新门偏置为 +3，使 z 接近 1：h 大部分被原样复制到下一步，反向传播时它的梯度也是如此。',
  },
});

/** A one-click setup of the lab that shows one claim. */
export interface LabPreset {
  readonly id: 'vanishing' | 'exploding' | 'lstm' | 'gru';
  /** The button's title in English (`labPresetTitles` has every language). */
  readonly title: string;
  /** What to look at, in English (`labPresetDescriptions` has every language). */
  readonly description: string;
  readonly settings: Partial<Settings>;
}

const preset = (id: LabPreset['id'], settings: Partial<Settings>): LabPreset => ({
  id,
  title: labPresetTitles.en[id],
  description: labPresetDescriptions.en[id],
  settings,
});

export const LAB_PRESETS: readonly LabPreset[] = [
  preset('vanishing', { ...LAB_DEFAULTS, cell: 'rnn', recurrentScale: LAB_RECURRENT_SCALE.min }),
  preset('exploding', { ...LAB_DEFAULTS, cell: 'rnn', recurrentScale: LAB_RECURRENT_SCALE.max }),
  preset('lstm', { ...LAB_DEFAULTS, cell: 'lstm', gateBias: 3 }),
  preset('gru', { ...LAB_DEFAULTS, cell: 'gru', gateBias: 3 }),
];
