import type { CellKind } from '../engine';
import type { Lang } from './lang';
import { defineMessages } from './messages';

/**
 * The field's own terms, shared by every panel and lab: gates, states, gradients. English is
 * lower case, as inside a sentence (`capitalize` starts a label with it); Chinese uses the
 * standard terms of Chinese ML textbooks (《动手学深度学习》).
 */
export const termMessages = defineMessages({
  en: {
    input: 'input',
    forgetGate: 'forget gate',
    inputGate: 'input gate',
    candidate: 'candidate',
    /** The GRU's candidate n_t, a candidate hidden state. */
    candidateHidden: 'candidate',
    outputGate: 'output gate',
    cellState: 'cell state',
    hiddenState: 'hidden state',
    previousCellState: 'previous cell state',
    previousHiddenState: 'previous hidden state',
    newCellState: 'new cell state',
    newHiddenState: 'new hidden state',
    newState: 'new state',
    updateGate: 'update gate',
    resetGate: 'reset gate',
    gate: 'gate',
    gradient: 'gradient',
    gradientNorm: 'gradient norm',
    gradientVanishing: 'vanishing gradient',
    gradientExploding: 'exploding gradient',
    gradientClipping: 'gradient clipping',
    timeStep: 'time step',
    unit: 'unit',
    weight: 'weight',
    bias: 'bias',
    layer: 'layer',
    sequence: 'sequence',
    rnn: 'recurrent neural network',
    lstm: 'long short-term memory',
    gru: 'gated recurrent unit',
  },
  zh: {
    input: '输入',
    forgetGate: '遗忘门',
    inputGate: '输入门',
    candidate: '候选值',
    candidateHidden: '候选隐藏状态',
    outputGate: '输出门',
    cellState: '细胞状态',
    hiddenState: '隐藏状态',
    previousCellState: '上一步的细胞状态',
    previousHiddenState: '上一步的隐藏状态',
    newCellState: '新的细胞状态',
    newHiddenState: '新的隐藏状态',
    newState: '新状态',
    updateGate: '更新门',
    resetGate: '重置门',
    gate: '门',
    gradient: '梯度',
    gradientNorm: '梯度范数',
    gradientVanishing: '梯度消失',
    gradientExploding: '梯度爆炸',
    gradientClipping: '梯度裁剪',
    timeStep: '时间步',
    unit: '单元',
    weight: '权重',
    bias: '偏置',
    layer: '层',
    sequence: '序列',
    rnn: '循环神经网络',
    lstm: '长短期记忆网络',
    gru: '门控循环单元',
  },
});

export type TermKey = keyof (typeof termMessages)['en'];

/** The term for each sub-step id of each cell (the engine's `SUBSTEPS` ids). */
const SUBSTEP_TERMS: Record<CellKind, Record<string, TermKey>> = {
  lstm: {
    forget: 'forgetGate',
    input: 'inputGate',
    candidate: 'candidate',
    output: 'outputGate',
    cell: 'newCellState',
    hidden: 'newHiddenState',
  },
  gru: {
    update: 'updateGate',
    reset: 'resetGate',
    candidate: 'candidateHidden',
    state: 'newHiddenState',
  },
  rnn: { state: 'newHiddenState' },
};

/** A sub-step's title in a language, e.g. `forget gate` / `遗忘门` (the id itself if unknown). */
export function substepTitle(lang: Lang, cell: CellKind, id: string): string {
  const key = SUBSTEP_TERMS[cell][id];
  return key ? termMessages[lang][key] : id;
}

/** What each trace quantity (and given: x, h_prev, c_prev) is, in words, by cell. */
const QUANTITY_TERMS: Record<string, TermKey> = {
  x: 'input',
  h_prev: 'previousHiddenState',
  c_prev: 'previousCellState',
  f: 'forgetGate',
  i: 'inputGate',
  g: 'candidate',
  o: 'outputGate',
  c: 'newCellState',
  h: 'newHiddenState',
  z: 'updateGate',
  r: 'resetGate',
  n: 'candidateHidden',
};

/** A quantity's meaning in words (`f` → `forget gate` / `遗忘门`); the name itself if unknown. */
export function quantityTerm(lang: Lang, quantity: string): string {
  const key = QUANTITY_TERMS[quantity];
  return key ? termMessages[lang][key] : quantity;
}

/** A label's first letter in capitals (`forget gate` → `Forget gate`; Chinese is unchanged). */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
