import { LAB_DEFAULTS } from '../store/labPresets';
import type { Lesson, LessonPanelId } from './types';

const STEPPER: readonly LessonPanelId[] = ['controls', 'diagram', 'formula'];
/** Time step 4 of the default sine: far enough in that c and h are no longer zero. */
const T = 3;

/**
 * Lesson 2: one step per LSTM sub-step (SUBSTEPS.lstm, in order), each putting the stepper's
 * cursor on it so the diagram highlights it; then why the additive cell path keeps the gradient
 * alive, at the gradient lab's settings (numbers checked in test/lessons/claims.test.ts).
 */
export const lstmSixSteps: Lesson = {
  id: 'lstm-six-steps',
  title: { en: 'LSTM in six steps', zh: '六步看懂 LSTM' },
  summary: {
    en: 'Forget gate, input gate, candidate, output gate, cell state, hidden state — and why the cell path keeps the gradient alive.',
    zh: '遗忘门、输入门、候选值、输出门、细胞状态、隐藏状态——以及细胞状态通路为何能让梯度存活。',
  },
  base: { cell: 'lstm', hiddenSize: 4 },
  steps: [
    {
      id: 'forget',
      title: { en: '1. Forget gate', zh: '1. 遗忘门' },
      body: [
        {
          en: '`f_t = σ(W_if x_t + b_if + W_hf h_(t−1) + b_hf)`. Each of its H values lies between 0 and 1: how much of each unit of the old cell state c_(t−1) to keep.',
          zh: '`f_t = σ(W_if x_t + b_if + W_hf h_(t−1) + b_hf)`。它的 H 个值都在 0 和 1 之间：旧细胞状态 c_(t−1) 的每个单元保留多少。',
        },
        {
          en: 'The diagram highlights the forget gate at time step 4; the formula fills in the real numbers of one unit.',
          zh: '图中高亮的是第 4 个时间步的遗忘门；公式栏填入了某一个单元的真实数值。',
        },
      ],
      setup: { cursor: { t: T, sub: 0 }, panels: STEPPER },
    },
    {
      id: 'input',
      title: { en: '2. Input gate', zh: '2. 输入门' },
      body: [
        {
          en: '`i_t = σ(W_ii x_t + b_ii + W_hi h_(t−1) + b_hi)`: how much of the new candidate to write into the cell, again between 0 and 1 per unit.',
          zh: '`i_t = σ(W_ii x_t + b_ii + W_hi h_(t−1) + b_hi)`：把多少新的候选值写入细胞，每个单元同样在 0 和 1 之间。',
        },
      ],
      setup: { cursor: { t: T, sub: 1 }, panels: STEPPER },
    },
    {
      id: 'candidate',
      title: { en: '3. Candidate', zh: '3. 候选值' },
      body: [
        {
          en: '`g_t = tanh(W_ig x_t + b_ig + W_hg h_(t−1) + b_hg)`: what could be written, between −1 and 1. It is the only part of the update that can change the sign of what the cell holds.',
          zh: '`g_t = tanh(W_ig x_t + b_ig + W_hg h_(t−1) + b_hg)`：可能写入的内容，取值在 −1 和 1 之间。它是更新中唯一能改变细胞内容符号的部分。',
        },
      ],
      setup: { cursor: { t: T, sub: 2 }, panels: STEPPER },
    },
    {
      id: 'output',
      title: { en: '4. Output gate', zh: '4. 输出门' },
      body: [
        {
          en: '`o_t = σ(W_io x_t + b_io + W_ho h_(t−1) + b_ho)`: how much of the cell to show as the hidden state. The four gates use the four row blocks of `weight_ih_l0` and `weight_hh_l0`, in PyTorch’s order i, f, g, o.',
          zh: '`o_t = σ(W_io x_t + b_io + W_ho h_(t−1) + b_ho)`：细胞中有多少要作为隐藏状态输出。四个门分别使用 `weight_ih_l0` 和 `weight_hh_l0` 的四个行块，顺序与 PyTorch 相同：i、f、g、o。',
        },
      ],
      setup: { cursor: { t: T, sub: 3 }, panels: STEPPER },
    },
    {
      id: 'cell',
      title: { en: '5. Cell state', zh: '5. 细胞状态' },
      body: [
        {
          en: '`c_t = f_t ⊙ c_(t−1) + i_t ⊙ g_t`: keep part of the old cell, add part of the candidate. No matrix multiplies c on its way from step to step — only the forget gate, unit by unit.',
          zh: '`c_t = f_t ⊙ c_(t−1) + i_t ⊙ g_t`：保留一部分旧细胞状态，加上一部分候选值。细胞状态从一步传到下一步时没有被任何矩阵相乘——只逐单元乘以遗忘门。',
        },
      ],
      setup: { cursor: { t: T, sub: 4 }, panels: [...STEPPER, 'states'] },
    },
    {
      id: 'hidden',
      title: { en: '6. Hidden state', zh: '6. 隐藏状态' },
      body: [
        {
          en: '`h_t = o_t ⊙ tanh(c_t)`: the hidden state is what the next step’s gates and any layer above see. It is returned as `output` at every step.',
          zh: '`h_t = o_t ⊙ tanh(c_t)`：隐藏状态是下一步的各个门以及上层网络看到的内容，每一步都作为 `output` 返回。',
        },
        {
          en: 'Press Step forward to go on to time step 5, or play the whole sequence.',
          zh: '按“前进一步”进入第 5 个时间步，或者播放整个序列。',
        },
      ],
      setup: { cursor: { t: T, sub: 5 }, panels: [...STEPPER, 'states'] },
      task: {
        prompt: {
          en: 'Step forward into time step 5.',
          zh: '前进到第 5 个时间步。',
        },
        done: ({ widget }) => widget.cursor.t > T,
      },
    },
    {
      id: 'gradient',
      title: {
        en: 'Why the cell path keeps the gradient alive',
        zh: '细胞状态通路为何能让梯度存活',
      },
      body: [
        {
          en: 'Going back, `∂c_t/∂c_(t−1)` along the cell path is just f_t, unit by unit: the update is a sum, not a matrix product. With f near 1 the gradient passes almost unchanged.',
          zh: '反向传播时，沿细胞状态通路 `∂c_t/∂c_(t−1)` 就是逐单元的 f_t：更新是加法，而不是矩阵乘法。f 接近 1 时，梯度几乎原样通过。',
        },
        {
          en: 'Here: 64 units, 50 steps of noise, forget gate bias +3 (f ≈ σ(3) ≈ 0.95). ‖∂L/∂c_0‖ is 1.8 times ‖∂L/∂c_49‖ — nothing has vanished. At bias 0 (f ≈ 0.5) the same ratio is about 4 × 10⁻¹⁰.',
          zh: '这里：64 个单元，50 步噪声，遗忘门偏置 +3（f ≈ σ(3) ≈ 0.95）。‖∂L/∂c_0‖ 是 ‖∂L/∂c_49‖ 的 1.8 倍——梯度没有消失。偏置为 0（f ≈ 0.5）时，同一比值约为 4 × 10⁻¹⁰。',
        },
      ],
      setup: {
        settings: { ...LAB_DEFAULTS, cell: 'lstm', gateBias: 3 },
        panels: ['gradient', 'labControls'],
      },
      task: {
        prompt: {
          en: 'Drag the Forget gate bias down to 0 and watch the cell-state gradient vanish.',
          zh: '把“遗忘门偏置”拖到 0，观察细胞状态的梯度消失。',
        },
        done: ({ widget }) => widget.settings.gateBias <= 0,
      },
    },
  ],
};
