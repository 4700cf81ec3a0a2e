import { useId } from 'react';
import { useLang, type Lang } from '../../i18n';
import { reasonText, type UrlNoticeItem } from '../../store/url';
import { shareMessages } from './messages';

/** Long values (a pasted essay, an attack string) are cut for the notice. */
const MAX_SHOWN = 80;
const cut = (s: string) =>
  Array.from(s).length > MAX_SHOWN ? `${Array.from(s).slice(0, MAX_SHOWN).join('')}…` : s;

/** One line of the notice, as plain text. */
export function noticeText(n: UrlNoticeItem, lang: Lang = 'en'): string {
  const m = shareMessages[lang];
  const reason = n.why ? reasonText(n.why, lang) : n.reason;
  return n.raw === ''
    ? m.ignored(n.param, reason)
    : m.ignoredValue(cut(n.param), cut(n.raw), reason);
}

interface UrlNoticeProps {
  readonly notices: readonly UrlNoticeItem[];
  readonly onDismiss: () => void;
}

/**
 * Lists the URL parameters that were ignored and why. Everything from the URL is rendered as
 * text (React escapes it): a value such as `<img onerror=…>` shows up literally.
 */
export function UrlNotice({ notices, onDismiss }: UrlNoticeProps) {
  const id = useId();
  const lang = useLang();
  const m = shareMessages[lang];
  if (notices.length === 0) return null;
  return (
    <section className="url-notice" role="status" aria-labelledby={id}>
      <p id={id}>{m.noticeTitle}</p>
      <ul>
        {notices.map((n, k) => (
          <li key={k}>{noticeText(n, lang)}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {m.dismiss}
      </button>
    </section>
  );
}
