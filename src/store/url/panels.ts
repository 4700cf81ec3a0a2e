import { defineMessages } from '../../i18n/messages';

/** The panels an embed can show (`panels=`) or a page can hide (`hide=`), by id, in page order. */
export const PANEL_IDS = [
  'controls',
  'timeline',
  'diagram',
  'formula',
  'editor',
  'settings',
  'table',
  'gates',
  'states',
  'gradient',
  'compare',
] as const;

export type PanelId = (typeof PANEL_IDS)[number];

/** What each panel is, for the Embed dialog's checkboxes, the snippet's title and the README. */
export const panelMessages = defineMessages({
  en: {
    controls: 'Controls (cell, playback, time step)',
    timeline: 'Timeline',
    diagram: 'Cell diagram',
    formula: 'Formula',
    editor: 'Sequence editor',
    settings: 'Model settings',
    table: 'Step table',
    gates: 'Gate heatmaps',
    states: 'Cell and hidden state plots',
    gradient: 'Gradient norm per time step',
    compare: 'RNN vs LSTM vs GRU',
  } satisfies Record<PanelId, string>,
  zh: {
    controls: '控制（单元、播放、时间步）',
    timeline: '时间轴',
    diagram: '单元结构图',
    formula: '公式',
    editor: '序列编辑器',
    settings: '模型设置',
    table: '步骤数值表',
    gates: '门激活值热力图',
    states: '细胞状态与隐藏状态曲线',
    gradient: '各时间步的梯度范数',
    compare: 'RNN、LSTM 与 GRU 对比',
  },
});

/** Each panel in English (the README's table). */
export const PANEL_LABELS: Record<PanelId, string> = panelMessages.en;

/** What an embed shows when the URL names no panels: the stepper's core. */
export const DEFAULT_EMBED_PANELS: readonly PanelId[] = [
  'controls',
  'timeline',
  'diagram',
  'formula',
];

/** The panels an embed shows: those chosen (or the default set) less those hidden. */
export function shownPanels(chosen: readonly PanelId[], hide: readonly PanelId[]): PanelId[] {
  const base = chosen.length > 0 ? chosen : DEFAULT_EMBED_PANELS;
  return base.filter((p) => !hide.includes(p));
}
