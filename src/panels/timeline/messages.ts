import { defineMessages } from '../../i18n';

/** The timeline's words. */
export const timelineMessages = defineMessages({
  en: {
    title: 'Timeline',
    output: (unit: number, topLayer: boolean) =>
      `Output h of unit ${unit}${topLayer ? ', top layer' : ''}`,
    ahead: 'still to compute',
    char: 'char',
    sparkline: (output: string, T: number, lo: string, hi: string) =>
      `${output} over ${T} time steps, from ${lo} to ${hi}`,
    inputSequence: 'Input sequence',
    timeStep: (t: number) => `Time step ${t}:`,
    space: 'space',
    newLine: 'new line',
    tab: 'tab',
  },
  zh: {
    title: '时间轴',
    output: (unit, topLayer) => `${topLayer ? '最上层' : ''}单元 ${unit} 的输出 h`,
    ahead: '尚待计算',
    char: '字符',
    sparkline: (output, T, lo, hi) => `${output}，共 ${T} 个时间步，范围从 ${lo} 到 ${hi}`,
    inputSequence: '输入序列',
    timeStep: (t) => `第 ${t} 个时间步：`,
    space: '空格',
    newLine: '换行',
    tab: '制表符',
  },
});
