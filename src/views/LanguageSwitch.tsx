import { LANGS, LANG_NAMES, LANG_TAGS, useMessages, type Lang } from '../i18n';
import { pageMessages } from './messages';

interface LanguageSwitchProps {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
}

/** English | 简体中文: each language named in itself (and tagged, so it is read aloud right). */
export function LanguageSwitch({ lang, setLang }: LanguageSwitchProps) {
  const t = useMessages(pageMessages);
  return (
    <div role="group" aria-label={t.language} className="language-switch">
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={LANG_TAGS[l]}
          aria-pressed={lang === l}
          onClick={() => setLang(l)}
        >
          {LANG_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
