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

/** What each panel is, for the Embed dialog's checkboxes and the README. */
export const PANEL_LABELS: Record<PanelId, string> = {
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
};

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
