import { defineMessages } from '../../i18n';

/** The gate heatmaps: headings, notes and each gate's name. */
export const heatmapMessages = defineMessages({
  en: {
    heading: 'Gate activations',
    title: (gate: string, where: string) => `Gate activations: ${gate}${where}`,
    layer: (n: number) => ` (layer ${n})`,
    rnnNoGates: 'A plain RNN has no gates: every step computes',
    rnnNoGatesAfter: ', with nothing to hold memory open. Its hidden state is plotted below.',
    note:
      'Each gate’s value for every unit (down) and time step t (across, from 0): 0 closed, ' +
      '1 open. Click a column to move the time step there, hover a cell to read its value.',
    f: 'forget gate f',
    i: 'input gate i',
    g: 'candidate g',
    o: 'output gate o',
    z: 'update gate z',
    r: 'reset gate r',
    n: 'candidate n',
  },
  zh: {
    heading: '门激活值',
    title: (gate, where) => `门激活值：${gate}${where}`,
    layer: (n) => `（第 ${n} 层）`,
    rnnNoGates: '普通 RNN 没有门：每一步都计算',
    rnnNoGatesAfter: '，没有任何机制让记忆保持下去。它的隐藏状态画在下方。',
    note:
      '每个门在每个单元（纵向）和每个时间步 t（横向，从 0 开始）上的取值：0 为关闭，1 为打开。' +
      '点击某一列可把时间步移到那里，悬停在格子上可读出它的值。',
    f: '遗忘门 f',
    i: '输入门 i',
    g: '候选值 g',
    o: '输出门 o',
    z: '更新门 z',
    r: '重置门 r',
    n: '候选隐藏状态 n',
  },
});
