import { useId } from 'react';
import type { UrlNoticeItem } from '../../store/url';

/** Long values (a pasted essay, an attack string) are cut for the notice. */
const MAX_SHOWN = 80;
const cut = (s: string) =>
  Array.from(s).length > MAX_SHOWN ? `${Array.from(s).slice(0, MAX_SHOWN).join('')}…` : s;

/** One line of the notice, as plain text. */
export function noticeText(n: UrlNoticeItem): string {
  return n.raw === ''
    ? `Ignored ${n.param}: ${n.reason}`
    : `Ignored ${cut(n.param)}=${cut(n.raw)}: ${n.reason}`;
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
  if (notices.length === 0) return null;
  return (
    <section className="url-notice" role="status" aria-labelledby={id}>
      <p id={id}>Some settings in the link were ignored; defaults are used for them.</p>
      <ul>
        {notices.map((n, k) => (
          <li key={k}>{noticeText(n)}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
