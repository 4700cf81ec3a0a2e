import { defineMessages } from '../../i18n';

/** The step table's words (quantity names come from `i18n/terms`). */
export const stepTableMessages = defineMessages({
  en: {
    caption: (cell: string, t: number, of: number) => `${cell} values at time step ${t} of ${of}`,
    quantity: 'Quantity',
    unit: (j: number) => `unit ${j}`,
    inputs: 'inputs',
    current: 'current step',
    pending: 'not computed yet',
    squashedCellState: 'squashed cell state',
  },
  zh: {
    caption: (cell, t, of) => `${cell} 在第 ${t} 个时间步（共 ${of} 个）的数值`,
    quantity: '量',
    unit: (j) => `单元 ${j}`,
    inputs: '输入',
    current: '当前步骤',
    pending: '尚未计算',
    squashedCellState: '经 tanh 压缩的细胞状态',
  },
});
