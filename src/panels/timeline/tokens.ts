import type { Lang } from '../../i18n';
import { timelineMessages } from './messages';

/** Characters a token cannot show as themselves: what it shows, and what a screen reader says. */
const INVISIBLE: Record<string, { glyph: string; spoken: 'space' | 'newLine' | 'tab' }> = {
  ' ': { glyph: '␣', spoken: 'space' },
  '\n': { glyph: '↵', spoken: 'newLine' },
  '\t': { glyph: '⇥', spoken: 'tab' },
};

/** What a token shows on the timeline. */
export function tokenGlyph(token: string): string {
  return INVISIBLE[token]?.glyph ?? token;
}

/** How a screen reader names a token. */
export function tokenSpoken(token: string, lang: Lang = 'en'): string {
  const spoken = INVISIBLE[token]?.spoken;
  return spoken ? timelineMessages[lang][spoken] : token;
}

/** The language a token is spoken in when it is a Chinese character, so 但 is read as dàn. */
export function tokenLang(token: string): string | undefined {
  return /\p{Script=Han}/u.test(token) ? 'zh' : undefined;
}
