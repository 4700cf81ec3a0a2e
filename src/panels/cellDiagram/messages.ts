import { defineMessages } from '../../i18n';

/** The cell diagram's words (gate and state names come from `i18n/terms`). */
export const diagramMessages = defineMessages({
  en: {
    cellTitle: (cell: string) => `${cell} cell`,
    where: (t: number, of: number) => `time step ${t} of ${of}`,
    /** "LSTM cell, layer 2 of 3, time step 3 of 20, step 5 of 6: new cell state". */
    name: (
      cell: string,
      where: string,
      t: number,
      of: number,
      sub: number,
      subs: number,
      title: string,
    ) => `${cell} cell${where}, time step ${t} of ${of}, step ${sub} of ${subs}: ${title}`,
    layerOf: (layer: number, of: number) => `, layer ${layer} of ${of}`,
    inputOfLayer: (layer: number) => `input (h_t of layer ${layer})`,
    zoom: 'Zoom to the step',
    values: 'Values',
    gates: 'Gates',
    valuesOnDiagram: 'Values on the diagram',
    unitOf: (meaning: string, unit: number) => `${meaning}, unit ${unit}`,
    cellUnit: (meaning: string) => `${meaning}, unit`,
    cellFeature: (meaning: string) => `${meaning}, feature`,
    hintBefore: 'Hover or',
    hintMiddle: 'to a strip for exact values;',
    hintAfter: 'choose the unit.',
    layer: 'Layer',
    sample: 'Sample',
  },
  zh: {
    cellTitle: (cell) => `${cell} 单元`,
    where: (t, of) => `第 ${t} 个时间步（共 ${of} 个）`,
    name: (cell, where, t, of, sub, subs, title) =>
      `${cell} 单元${where}，第 ${t} 个时间步（共 ${of} 个），第 ${sub} 步（共 ${subs} 步）：${title}`,
    layerOf: (layer, of) => `，第 ${layer} 层（共 ${of} 层）`,
    inputOfLayer: (layer) => `输入（第 ${layer} 层的 h_t）`,
    zoom: '放大到当前步骤',
    values: '数值',
    gates: '门',
    valuesOnDiagram: '单元图上的数值',
    unitOf: (meaning, unit) => `${meaning}，单元 ${unit}`,
    cellUnit: (meaning) => `${meaning}，单元`,
    cellFeature: (meaning) => `${meaning}，特征`,
    hintBefore: '悬停或用',
    hintMiddle: '移到色条上可查看精确数值；',
    hintAfter: '选择单元。',
    layer: '层',
    sample: '样本',
  },
});
