export const LANGS = ['en', 'zh'] as const;
/** A UI language: English or Simplified Chinese (简体中文). */
export type Lang = (typeof LANGS)[number];

/** The BCP 47 tag each language sets on `<html lang>` (fonts and line breaking follow it). */
export const LANG_TAGS: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** Each language named in itself, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', zh: '简体中文' };

/**
 * The first of the browser's preferred languages that GateScope speaks (`navigator.languages`
 * order), English when none is. Any Chinese tag counts as Chinese: the text is Simplified, but a
 * reader of Traditional Chinese is better served by it than by English.
 */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}
