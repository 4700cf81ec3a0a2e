import type { Lang } from '../../i18n';
import { panelMessages, type PanelId } from '../../store/url';

/** The smallest frame the embed view is made for. */
export const MIN_FRAME = { width: 320, height: 240 } as const;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An embed's frame title naming its panels: `GateScope: Cell diagram, Formula`. */
export function panelsTitle(panels: readonly PanelId[], lang: Lang = 'en'): string {
  const names = panels.map((p) => panelMessages[lang][p]);
  return `GateScope: ${names.join(lang === 'zh' ? '、' : ', ')}`;
}

/** A lesson embed's frame title: `GateScope: LSTM in six steps`. */
export const lessonTitle = (title: string): string => `GateScope: ${title}`;

/** The iframe snippet for a host page: the embed URL at a size, with the frame's title. */
export function iframeSnippet(url: string, title: string, width: number, height: number) {
  return `<iframe src="${attr(url)}" width="${width}" height="${height}" title="${attr(title)}" style="border: 0; max-width: 100%" loading="lazy"></iframe>`;
}
