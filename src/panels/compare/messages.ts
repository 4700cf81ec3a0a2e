import { defineMessages } from '../../i18n';

/** The compare view: RNN, LSTM and GRU on the same input. */
export const compareMessages = defineMessages({
  en: {
    heading: 'RNN, LSTM and GRU on the same input',
    hint:
      'Same input, seed, scales and gate bias; only the cell differs. The LSTM is drawn by its ' +
      'cell-state gradient ‖∂L/∂c_t‖, the path its forget gate keeps open.',
    chartTitle: 'RNN, LSTM and GRU: gradient norm per time step',
    normAxis: 'gradient norm (log)',
    hiddenHeading: 'Hidden state of RNN, LSTM and GRU',
    hiddenTitle: (cell: string) => `Hidden state: ${cell}`,
  },
  zh: {
    heading: '同一输入下的 RNN、LSTM 和 GRU',
    hint:
      '输入、随机种子、缩放和门偏置都相同，只有单元不同。LSTM 画的是它的细胞状态梯度 ‖∂L/∂c_t‖，' +
      '也就是遗忘门保持畅通的那条路径。',
    chartTitle: 'RNN、LSTM 和 GRU：各时间步的梯度范数',
    normAxis: '梯度范数（对数）',
    hiddenHeading: 'RNN、LSTM 和 GRU 的隐藏状态',
    hiddenTitle: (cell) => `隐藏状态：${cell}`,
  },
});
