/**
 * Why the store refuses settings or a model, as data: a kind and its parameters. The store
 * returns these; the UI words them in the page's language (`settingsProblemText`,
 * `modelProblemText`), and tests read them as they are.
 */
import { problemMessage, type InteropProblem } from '../engine';
import { defineMessages, type Lang } from '../i18n';
import { interopProblemZh } from './importProblemZh';

/** The numeric settings a range check names. */
export type SettingName =
  'hiddenSize' | 'numLayers' | 'weightScale' | 'recurrentScale' | 'gateBias' | 'amplitude' | 'seed';

/** Why a combination of settings is refused. */
export type SettingsProblem =
  | { readonly kind: 'emptySequence' }
  | { readonly kind: 'sequenceTooLong'; readonly steps: number; readonly max: number }
  | { readonly kind: 'sequenceNotFinite' }
  | {
      readonly kind: 'outOfRange';
      readonly setting: SettingName;
      readonly min: number;
      readonly max: number;
      readonly got: number;
    }
  | { readonly kind: 'notWhole'; readonly setting: SettingName; readonly got: number }
  /** A loaded model fixes the cell, or the sizes and bias. */
  | { readonly kind: 'fixedByModel'; readonly what: 'cell' | 'sizes' };

/** Why a model (a file, or a trained checkpoint) is refused. */
export type ModelProblem =
  | { readonly kind: 'tooBig'; readonly bytes: number; readonly max: number }
  /** The file's own problem at a JSON path (the engine's). */
  | { readonly kind: 'file'; readonly path: string; readonly problem: InteropProblem }
  | { readonly kind: 'notShown'; readonly cause: SettingsProblem }
  /** The engine failed on it; `detail` is the runtime's text (a bug, if it ever shows). */
  | { readonly kind: 'notRun'; readonly detail: string };

export const problemMessages = defineMessages({
  en: {
    hiddenSize: 'Hidden size',
    numLayers: 'Layers',
    weightScale: 'Weight scale',
    recurrentScale: 'Recurrent weight scale',
    gateBias: 'Gate bias',
    amplitude: 'Input amplitude',
    seed: 'Seed',
    emptySequence: 'The sequence is empty: give it at least one step.',
    sequenceTooLong: (steps: number, max: number) =>
      `The sequence has ${steps} steps; at most ${max} are allowed.`,
    sequenceNotFinite: 'Every value of the sequence must be a finite number.',
    outOfRange: (name: string, min: number, max: number, got: string) =>
      `${name} must be between ${min} and ${max}; got ${got}.`,
    notWhole: (name: string, got: string) => `${name} must be a whole number; got ${got}.`,
    fixedCell: 'The cell comes from the loaded model: use generated weights to change them.',
    fixedSizes:
      'The sizes and bias come from the loaded model: use generated weights to change them.',
    mb: (n: string) => `${n} MB`,
    tooBig: (size: string, max: string) => `The file is ${size}; at most ${max} can be imported.`,
    notShown: (cause: string) => `The model cannot be shown here: ${cause}`,
    notRun: (detail: string) => `The model could not be run: ${detail}`,
  },
  zh: {
    hiddenSize: '隐藏层大小',
    numLayers: '层数',
    weightScale: '权重缩放',
    recurrentScale: '循环权重缩放',
    gateBias: '门偏置',
    amplitude: '输入幅度',
    seed: '随机种子',
    emptySequence: '序列是空的：请至少给出一步。',
    sequenceTooLong: (steps, max) => `序列有 ${steps} 步；最多允许 ${max} 步。`,
    sequenceNotFinite: '序列中的每个值都必须是有限数。',
    outOfRange: (name, min, max, got) => `${name}必须在 ${min} 到 ${max} 之间；实际为 ${got}。`,
    notWhole: (name, got) => `${name}必须是整数；实际为 ${got}。`,
    fixedCell: '单元类型由载入的模型决定：要修改它，请改用生成的权重。',
    fixedSizes: '大小和偏置由载入的模型决定：要修改它们，请改用生成的权重。',
    mb: (n) => `${n} MB`,
    tooBig: (size, max) => `文件大小为 ${size}；最多只能导入 ${max}。`,
    notShown: (cause) => `无法在这里显示该模型：${cause}`,
    // The runtime's detail is English and only a bug shows it: the Chinese leaves it out.
    notRun: () => '无法运行该模型（程序内部错误）。',
  },
});

/** A settings problem in a language. */
export function settingsProblemText(p: SettingsProblem, lang: Lang): string {
  const m = problemMessages[lang];
  switch (p.kind) {
    case 'emptySequence':
    case 'sequenceNotFinite':
      return m[p.kind];
    case 'sequenceTooLong':
      return m.sequenceTooLong(p.steps, p.max);
    case 'outOfRange':
      return m.outOfRange(m[p.setting], p.min, p.max, String(p.got));
    case 'notWhole':
      return m.notWhole(m[p.setting], String(p.got));
    case 'fixedByModel':
      return p.what === 'cell' ? m.fixedCell : m.fixedSizes;
  }
}

/** A file's problem in a language: the engine's English, or its Chinese wording. */
export function fileProblemText(path: string, p: InteropProblem, lang: Lang): string {
  return lang === 'en' ? problemMessage(path, p) : interopProblemZh(path, p);
}

/** A model problem in a language. */
export function modelProblemText(p: ModelProblem, lang: Lang): string {
  const m = problemMessages[lang];
  switch (p.kind) {
    case 'tooBig': {
      const mb = (n: number) => m.mb((n / 1024 / 1024).toFixed(1));
      return m.tooBig(mb(p.bytes), mb(p.max));
    }
    case 'file':
      return fileProblemText(p.path, p.problem, lang);
    case 'notShown':
      return m.notShown(settingsProblemText(p.cause, lang));
    case 'notRun':
      return m.notRun(p.detail);
  }
}
