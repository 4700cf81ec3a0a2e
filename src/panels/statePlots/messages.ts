import { defineMessages } from '../../i18n';

/** The state plots: cell and hidden state heatmaps, unit lines and the unit picker. */
export const statePlotsMessages = defineMessages({
  en: {
    cellAndHidden: 'Cell and hidden state',
    hidden: 'Hidden state',
    layer: (n: number) => ` (layer ${n})`,
    note:
      'Units run down, time steps across; the columns share the widget’s time step (t counts ' +
      'from 0). Click a column to move there, hover a cell to read its value; the lines follow ' +
      'the units ticked below.',
    cellTitle: 'Cell state c',
    hiddenTitle: 'Hidden state h',
    chosenUnits: (title: string, where: string) => `${title}, chosen units${where}`,
    unit: (n: number) => `unit ${n}`,
    unitsToPlot: 'Units to plot',
    unitsHint: (max: number) => `Up to ${max} units, each drawn with its own colour and dash.`,
  },
  zh: {
    cellAndHidden: '细胞状态和隐藏状态',
    hidden: '隐藏状态',
    layer: (n) => `（第 ${n} 层）`,
    note:
      '纵向是单元，横向是时间步；各列与本组件的时间步同步（t 从 0 开始）。' +
      '点击某一列可移到那里，悬停在格子上可读出它的值；折线画的是下面勾选的单元。',
    cellTitle: '细胞状态 c',
    hiddenTitle: '隐藏状态 h',
    chosenUnits: (title, where) => `${title}：所选单元${where}`,
    unit: (n) => `单元 ${n}`,
    unitsToPlot: '要绘制的单元',
    unitsHint: (max) => `最多 ${max} 个单元，每个用各自的颜色和线型绘制。`,
  },
});
