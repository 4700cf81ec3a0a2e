import { defineMessages } from '../../i18n';

/** The model settings' words (and the number field's own problem). */
export const settingsMessages = defineMessages({
  en: {
    model: 'Model',
    hiddenSize: 'Hidden size',
    layers: 'Layers',
    bias: 'Bias',
    biasHintBefore: 'The bias vectors b',
    biasHintAnd: 'and b',
    biasHintAfter: ' of every gate (PyTorch’s',
    biasHintEnd: ').',
    seed: 'Seed',
    seedLoaded:
      'With loaded weights the seed sets only a seeded loss target or noise input, not the weights.',
    seedHint: 'The same seed gives the same weights, for everyone.',
    wholeNumber: (min: number, max: number) => `Enter a whole number from ${min} to ${max}.`,
    /** A refusal the store words in English, inside this language's frame. */
    storeProblem: (detail: string) => detail,
  },
  zh: {
    model: '模型',
    hiddenSize: '隐藏层大小',
    layers: '层数',
    bias: '偏置',
    biasHintBefore: '每个门的偏置向量 b',
    biasHintAnd: '和 b',
    biasHintAfter: '（PyTorch 的',
    biasHintEnd: '）。',
    seed: '随机种子',
    seedLoaded: '使用载入的权重时，随机种子只决定带种子的损失目标或噪声输入，不决定权重。',
    seedHint: '相同的随机种子给出相同的权重，对每个人都一样。',
    wholeNumber: (min, max) => `请输入 ${min} 到 ${max} 之间的整数。`,
    storeProblem: (detail) => `无法应用此设置：${detail}`,
  },
});
