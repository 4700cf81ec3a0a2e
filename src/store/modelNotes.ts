/**
 * Where a loaded model came from, and why the input it runs on is not the settings' sequence,
 * as data; and both in words, in each UI language.
 */
import { defineMessages, type Lang } from '../i18n';

/** Where a loaded model came from. */
export type ModelOrigin =
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'pasted' }
  | { readonly kind: 'training'; readonly update: number };

/** Why the input of a loaded model is not the settings' sequence. */
export type InputNotice =
  /** The file's own inputs run: T steps, batch B, I features, and its initial states. */
  | {
      readonly kind: 'fileInput';
      readonly origin: ModelOrigin;
      readonly steps: number;
      readonly batch: number;
      readonly features: number;
      readonly states: readonly ('h0' | 'c0')[];
    }
  /**
   * The model takes `modelFeatures` input features, the sequence has `own` (characters when
   * `text`): a sine wave (one feature) or seeded noise runs instead.
   */
  | {
      readonly kind: 'refit';
      readonly modelFeatures: number;
      readonly own: number;
      readonly text: boolean;
    };

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export const modelNoteMessages = defineMessages({
  en: {
    pasted: 'pasted JSON',
    training: (update: number) => `the training lab, update ${update}`,
    fileInput: (origin: string, steps: number, batch: number, features: number, states: string) =>
      `The input comes with the model (${origin}): ${plural(steps, 'step')}, batch ${batch}, ` +
      `${plural(features, 'feature')}${states === '' ? '' : `, with its ${states}`}. ` +
      'Editing the sequence replaces it.',
    and: ' and ',
    refitText: (model: number, own: number) =>
      `The loaded model takes ${plural(model, 'input feature')}, but the text is one-hot over ${plural(own, 'character')}`,
    refitNumbers: (model: number, own: number) =>
      `The loaded model takes ${plural(model, 'input feature')}, but the sequence has ${plural(own, 'feature')}`,
    sineInstead: (head: string) => `${head}: a sine wave runs instead.`,
    noiseInstead: (head: string, model: number) =>
      `${head}: seeded noise of ${plural(model, 'feature')} per step runs instead.`,
  },
  zh: {
    pasted: '粘贴的 JSON',
    training: (update) => `训练实验室（第 ${update} 次更新）`,
    fileInput: (origin, steps, batch, features, states) =>
      `输入随模型一起提供（${origin}）：${steps} 步，批大小 ${batch}，${features} 个特征` +
      `${states === '' ? '' : `，以及它的 ${states}`}。编辑序列会替换它。`,
    and: ' 和 ',
    refitText: (model, own) =>
      `载入的模型需要 ${model} 个输入特征，但文本是在 ${own} 个字符上的独热编码`,
    refitNumbers: (model, own) => `载入的模型需要 ${model} 个输入特征，但序列有 ${own} 个特征`,
    sineInstead: (head) => `${head}：改为运行一条正弦波。`,
    noiseInstead: (head, model) => `${head}：改为运行每步 ${model} 个特征的带种子噪声。`,
  },
});

/** Where a model came from, in words: a file name, pasted JSON, or the training lab. */
export function originText(o: ModelOrigin, lang: Lang): string {
  const m = modelNoteMessages[lang];
  if (o.kind === 'file') return o.name;
  if (o.kind === 'pasted') return m.pasted;
  return m.training(o.update);
}

/** An input notice in a language. */
export function inputNoticeText(n: InputNotice, lang: Lang): string {
  const m = modelNoteMessages[lang];
  if (n.kind === 'fileInput') {
    const origin = originText(n.origin, lang);
    return m.fileInput(origin, n.steps, n.batch, n.features, n.states.join(m.and));
  }
  const head = (n.text ? m.refitText : m.refitNumbers)(n.modelFeatures, n.own);
  return n.modelFeatures === 1 ? m.sineInstead(head) : m.noiseInstead(head, n.modelFeatures);
}
