import type { Lesson, LessonPanelId } from './types';

const STEPPER: readonly LessonPanelId[] = ['controls', 'diagram', 'formula'];
const T = 3;

/**
 * Lesson 3: one step per GRU sub-step (SUBSTEPS.gru, in order), then how it differs from the
 * LSTM, with parameter counts the `params` panel computes from the engine's shapes.
 */
export const gruFourSteps: Lesson = {
  id: 'gru-four-steps',
  title: { en: 'GRU in four steps', zh: '四步看懂 GRU' },
  summary: {
    en: 'Update gate, reset gate, candidate, new state — and how the GRU differs from the LSTM.',
    zh: '更新门、重置门、候选值、新状态——以及 GRU 与 LSTM 的区别。',
  },
  base: { cell: 'gru', hiddenSize: 4 },
  steps: [
    {
      id: 'update',
      title: { en: '1. Update gate', zh: '1. 更新门' },
      body: [
        {
          en: '`z_t = σ(W_iz x_t + b_iz + W_hz h_(t−1) + b_hz)`: for each unit, how much of the old hidden state to keep. It does the work of the LSTM’s forget and input gates together.',
          zh: '`z_t = σ(W_iz x_t + b_iz + W_hz h_(t−1) + b_hz)`：每个单元保留多少旧的隐藏状态。它一个门就完成了 LSTM 中遗忘门和输入门两者的工作。',
        },
      ],
      setup: { cursor: { t: T, sub: 0 }, panels: STEPPER },
    },
    {
      id: 'reset',
      title: { en: '2. Reset gate', zh: '2. 重置门' },
      body: [
        {
          en: '`r_t = σ(W_ir x_t + b_ir + W_hr h_(t−1) + b_hr)`: how much of the old hidden state the candidate may look at. Near 0, the candidate starts afresh from the input.',
          zh: '`r_t = σ(W_ir x_t + b_ir + W_hr h_(t−1) + b_hr)`：候选值能看到多少旧的隐藏状态。接近 0 时，候选值只从输入重新开始。',
        },
      ],
      setup: { cursor: { t: T, sub: 1 }, panels: STEPPER },
    },
    {
      id: 'candidate',
      title: { en: '3. Candidate', zh: '3. 候选值' },
      body: [
        {
          en: '`n_t = tanh(W_in x_t + b_in + r_t ⊙ (W_hn h_(t−1) + b_hn))`. As in PyTorch, the reset gate multiplies the recurrent term after its bias.',
          zh: '`n_t = tanh(W_in x_t + b_in + r_t ⊙ (W_hn h_(t−1) + b_hn))`。与 PyTorch 一致，重置门乘在加上偏置之后的循环项上。',
        },
      ],
      setup: { cursor: { t: T, sub: 2 }, panels: STEPPER },
    },
    {
      id: 'state',
      title: { en: '4. New state', zh: '4. 新状态' },
      body: [
        {
          en: '`h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_(t−1)`: a blend, unit by unit, of the candidate and the old state. With z near 1, h is copied forward — and so is its gradient backward.',
          zh: '`h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_(t−1)`：逐单元地混合候选值和旧状态。z 接近 1 时，h 被直接向前复制——反向时它的梯度也一样。',
        },
      ],
      setup: { cursor: { t: T, sub: 3 }, panels: [...STEPPER, 'states'] },
    },
    {
      id: 'differs',
      title: { en: 'How the GRU differs from the LSTM', zh: 'GRU 与 LSTM 的区别' },
      body: [
        {
          en: 'No separate cell state: h is the memory. No output gate: all of h is shown. Three blocks of weights instead of four, so a quarter fewer parameters at the same sizes.',
          zh: '没有单独的细胞状态：h 本身就是记忆。没有输出门：h 全部输出。权重是三块而不是四块，所以在相同尺寸下参数少四分之一。',
        },
        {
          en: 'The table counts the parameters of both cells at the current sizes from their PyTorch shapes.',
          zh: '下表根据 PyTorch 的张量形状，统计当前尺寸下两种单元的参数个数。',
        },
      ],
      setup: { panels: ['params', 'settings'] },
      task: {
        prompt: {
          en: 'Set the Hidden size to 8 in the model settings and watch the counts follow.',
          zh: '在模型设置中把“隐藏层大小”改为 8，观察参数个数的变化。',
        },
        done: ({ widget }) => widget.settings.hiddenSize === 8,
      },
    },
  ],
};
