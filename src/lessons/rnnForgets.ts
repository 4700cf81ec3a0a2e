import { LAB_DEFAULTS, LAB_RECURRENT_SCALE } from '../store/labPresets';
import type { Lesson } from './types';

/**
 * Lesson 1. The numbers are the engine's at the gradient lab's settings (tanh RNN, hidden 64,
 * 50 steps of seeded noise, loss on the last step, seed 1); test/lessons/claims.test.ts checks
 * every one of them.
 */
export const rnnForgets: Lesson = {
  id: 'rnn-forgets',
  title: { en: 'Why a plain RNN forgets', zh: '为什么普通 RNN 会遗忘' },
  summary: {
    en: 'The same W at every step; vanishing and exploding gradients; gradient clipping.',
    zh: '每一步都用同一个 W；梯度消失与梯度爆炸；梯度裁剪。',
  },
  base: LAB_DEFAULTS,
  steps: [
    {
      id: 'same-w',
      title: { en: 'The same W at every step', zh: '每一步都用同一个 W' },
      body: [
        {
          en: 'A plain RNN has one equation: `h_t = tanh(W_ih x_t + b_ih + W_hh h_(t−1) + b_hh)`. The same matrices are used at every time step.',
          zh: '普通 RNN 只有一个公式：`h_t = tanh(W_ih x_t + b_ih + W_hh h_(t−1) + b_hh)`。每个时间步使用的都是同一组矩阵。',
        },
        {
          en: 'Backpropagation through time runs the chain backwards: each step multiplies the gradient by `W_hhᵀ` and by tanh’s slope `1 − h²` (at most 1). Fifty steps back, that is fifty such factors in a row.',
          zh: '随时间反向传播沿着这条链往回走：每一步都把梯度乘以 `W_hhᵀ` 和 tanh 的斜率 `1 − h²`（不超过 1）。往回 50 步，就是连乘 50 个这样的因子。',
        },
      ],
      setup: {
        settings: { hiddenSize: 4, sequence: { kind: 'sine', seqLen: 12 } },
        cursor: { t: 3, sub: 0 },
        panels: ['controls', 'diagram', 'formula'],
      },
    },
    {
      id: 'vanishing',
      title: { en: 'Vanishing gradients', zh: '梯度消失' },
      body: [
        {
          en: 'Here the RNN has 64 units and reads 50 steps of noise; the loss is taken at the last step, t = 49. The chart shows how large the gradient ‖∂L/∂h_t‖ is at every step, on a log axis.',
          zh: '这里的 RNN 有 64 个单元，读入 50 步噪声；损失取在最后一步 t = 49。图中用对数坐标显示每一步梯度 ‖∂L/∂h_t‖ 的大小。',
        },
        {
          en: 'With PyTorch’s default init the gradient that reaches t = 0 is about 10⁻¹¹ of the one at t = 49: it has vanished, and the first inputs cannot be learned from.',
          zh: '在 PyTorch 的默认初始化下，传到 t = 0 的梯度只有 t = 49 处的约 10⁻¹¹：梯度消失了，网络无法从最早的输入中学习。',
        },
      ],
      setup: { panels: ['gradient', 'labControls'] },
      task: {
        prompt: {
          en: 'Drag the Recurrent weight scale below 0.5 and watch the left end of the curve: at 0.5 the gradient at t = 0 is already only about 3 × 10⁻²⁶ of the one at t = 49.',
          zh: '把“循环权重缩放”拖到 0.5 以下，观察曲线左端：缩放为 0.5 时，t = 0 处的梯度就只有 t = 49 处的约 3 × 10⁻²⁶。',
        },
        done: ({ widget }) => widget.settings.recurrentScale < 0.5,
      },
    },
    {
      id: 'exploding',
      title: { en: 'Exploding gradients', zh: '梯度爆炸' },
      body: [
        {
          en: 'Larger recurrent weights make the per-step factor bigger than 1. At scale 2 the gradient at t = 0 is 1.4 times the one at t = 49; larger still, and it grows step after step going back.',
          zh: '循环权重越大，每一步的因子就越可能大于 1。缩放为 2 时，t = 0 处的梯度是 t = 49 处的 1.4 倍；再大一些，梯度就会一步步往回增长。',
        },
        {
          en: 'An exploded gradient makes one update throw the weights far away: training jumps around or turns into NaN.',
          zh: '梯度爆炸时，一次更新就会把权重推得很远：训练会剧烈跳动，甚至变成 NaN。',
        },
      ],
      setup: { settings: { recurrentScale: 2 }, panels: ['gradient', 'labControls'] },
      task: {
        prompt: {
          en: `Drag the Recurrent weight scale all the way to ${LAB_RECURRENT_SCALE.max} and watch the left end of the curve: the gradient at t = 0 is about 7 × 10³ times the one at t = 49.`,
          zh: `把“循环权重缩放”一直拖到 ${LAB_RECURRENT_SCALE.max}，观察曲线左端：t = 0 处的梯度约为 t = 49 处的 7 × 10³ 倍。`,
        },
        done: ({ widget }) => widget.settings.recurrentScale >= LAB_RECURRENT_SCALE.max,
      },
    },
    {
      id: 'clipping',
      title: { en: 'Gradient clipping', zh: '梯度裁剪' },
      body: [
        {
          en: 'Gradient clipping tames explosions: when the gradient’s global norm ‖g‖ is above a threshold c, PyTorch’s `clip_grad_norm_` scales it down to `g · c / ‖g‖`. The direction stays; only the step gets shorter.',
          zh: '梯度裁剪可以抑制梯度爆炸：当梯度的全局范数 ‖g‖ 超过阈值 c 时，PyTorch 的 `clip_grad_norm_` 把它缩小为 `g · c / ‖g‖`。方向不变，只是步子变短。',
        },
        {
          en: 'In the Training lab, an RNN with W_hh × 3 trained by SGD (lr 0.1) on “remember the first value” stays at chance after 300 updates; clipped at 1, it reaches 95% held-out accuracy at update 50 (seed 1). See the presets “RNN, W_hh × 3”.',
          zh: '在训练实验室里，W_hh × 3 的 RNN 用 SGD（学习率 0.1）学习“记住第一个值”，300 次更新后仍停在随机水平；把梯度裁剪到 1 后，第 50 次更新时留出集准确率就达到 95%（种子 1）。见预设“RNN, W_hh × 3”。',
        },
        {
          en: 'Clipping does nothing for a vanishing gradient: a tiny gradient is never scaled up. That needs a different cell — the LSTM and the GRU of the next lessons.',
          zh: '梯度裁剪对梯度消失毫无帮助：很小的梯度不会被放大。这需要换一种单元——也就是后面两课的 LSTM 和 GRU。',
        },
      ],
      setup: { settings: { recurrentScale: 3 }, panels: ['gradient', 'why'] },
    },
  ],
};
