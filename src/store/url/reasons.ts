import { defineMessages, type Lang } from '../../i18n';
import { settingsProblemText, type SettingsProblem } from '../problems';

/** Why a URL parameter was ignored, as data: the notice words it in the page's language. */
export type Reason =
  | { readonly kind: 'wholeNumber'; readonly min: number; readonly max: number }
  | { readonly kind: 'decimal'; readonly min: number; readonly max: number }
  | { readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly kind: 'flag' }
  | { readonly kind: 'tooManyValues'; readonly max: number }
  | { readonly kind: 'notNumberList' }
  | { readonly kind: 'tooLong'; readonly max: number }
  | {
      readonly kind: 'unknownIds';
      readonly what: string;
      readonly count: number;
      readonly known: readonly string[];
    }
  | { readonly kind: 'unknownParam' }
  | { readonly kind: 'repeated' }
  /** The settings refused together, and why (the store's problem). */
  | { readonly kind: 'settings'; readonly problem: SettingsProblem }
  | { readonly kind: 'pastT'; readonly max: number }
  | { readonly kind: 'pastSub'; readonly max: number }
  | { readonly kind: 'pastUnit'; readonly max: number }
  | { readonly kind: 'noLesson' }
  | { readonly kind: 'pastStep'; readonly max: number };

/** The reasons in words. */
export const reasonMessages = defineMessages({
  en: {
    wholeNumber: (min: number, max: number) => `not a whole number from ${min} to ${max}`,
    decimal: (min: number, max: number) => `not a number from ${min} to ${max}`,
    choice: (options: string) => `not one of ${options}`,
    flag: 'not 0 or 1',
    tooManyValues: (max: number) => `more than ${max} values`,
    notNumberList: 'not a comma-separated list of finite numbers',
    tooLong: (max: number) => `longer than ${max} characters`,
    unknownIds: (what: string, count: number, known: string) =>
      `unknown ${what}${count > 1 ? 's' : ''} (known: ${known})`,
    panel: 'panel',
    unknownParam: 'unknown parameter',
    repeated: 'given more than once; the first is used',
    settings: (detail: string) => detail,
    pastT: (max: number) => `past the last time step (t=${max}; t counts from 0)`,
    pastSub: (max: number) => `past the last sub-step of this cell (sub=${max}; sub counts from 0)`,
    pastUnit: (max: number) => `past the last unit (unit=${max}; units count from 0)`,
    noLesson: 'no lesson is given',
    pastStep: (max: number) => `past the last step of this lesson (step=${max})`,
    listSep: ', ',
  },
  zh: {
    wholeNumber: (min, max) => `不是 ${min} 到 ${max} 之间的整数`,
    decimal: (min, max) => `不是 ${min} 到 ${max} 之间的数`,
    choice: (options) => `不是 ${options} 之一`,
    flag: '不是 0 或 1',
    tooManyValues: (max) => `超过 ${max} 个值`,
    notNumberList: '不是用逗号分隔的有限数列表',
    tooLong: (max) => `超过 ${max} 个字符`,
    unknownIds: (what, _count, known) => `未知的${what}（可用：${known}）`,
    panel: '面板',
    unknownParam: '未知参数',
    repeated: '出现了不止一次；只使用第一个',
    settings: (detail) => `这些设置无法一起使用：${detail}`,
    pastT: (max) => `超出了最后一个时间步（t=${max}；t 从 0 开始计数）`,
    pastSub: (max) => `超出了该单元的最后一个子步骤（sub=${max}；sub 从 0 开始计数）`,
    pastUnit: (max) => `超出了最后一个单元（unit=${max}；单元从 0 开始计数）`,
    noLesson: '没有指定课程',
    pastStep: (max) => `超出了这门课程的最后一步（step=${max}）`,
    listSep: ', ',
  },
});

/** A reason in a language. */
export function reasonText(r: Reason, lang: Lang): string {
  const m = reasonMessages[lang];
  switch (r.kind) {
    case 'wholeNumber':
    case 'decimal':
      return m[r.kind](r.min, r.max);
    case 'choice':
      return m.choice(r.options.join(m.listSep));
    case 'tooManyValues':
    case 'tooLong':
    case 'pastT':
    case 'pastSub':
    case 'pastUnit':
    case 'pastStep':
      return m[r.kind](r.max);
    case 'unknownIds': {
      const what = r.what === 'panel' ? m.panel : r.what;
      return m.unknownIds(what, r.count, r.known.join(m.listSep));
    }
    case 'settings':
      return m.settings(settingsProblemText(r.problem, lang));
    case 'flag':
    case 'notNumberList':
    case 'unknownParam':
    case 'repeated':
    case 'noLesson':
      return m[r.kind];
  }
}
