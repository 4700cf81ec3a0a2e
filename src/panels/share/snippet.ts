import type { Lang } from '../../i18n';
import { panelMessages, type PanelId } from '../../store/url';

/** The smallest frame the embed view is made for. */
export const MIN_FRAME = { width: 320, height: 240 } as const;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe snippet for a host page: the embed URL at a size, titled by its panels. */
export function iframeSnippet(
  url: string,
  panels: readonly PanelId[],
  width: number,
  height: number,
  lang: Lang = 'en',
) {
  const names = panels.map((p) => panelMessages[lang][p]);
  const title = `GateScope: ${names.join(lang === 'zh' ? '、' : ', ')}`;
  return `<iframe src="${attr(url)}" width="${width}" height="${height}" title="${attr(title)}" style="border: 0; max-width: 100%" loading="lazy"></iframe>`;
}
