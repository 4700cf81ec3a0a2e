import type { Lesson } from './types';

/**
 * Lesson 4: the three networks trained for real in the training worker on "remember the first
 * value", each from its training-lab preset; the last step compares what the runs reached.
 */
export const compareOnTask: Lesson = {
  id: 'compare-on-task',
  title: { en: 'RNN vs LSTM vs GRU on a long-range task', zh: '长程任务上的 RNN、LSTM 与 GRU' },
  summary: {
    en: 'Train all three on “remember the first value” and compare.',
    zh: '在“记住第一个值”任务上训练三种网络并比较。',
  },
  base: {},
  steps: [
    {
      id: 'task',
      title: { en: 'Remember the first value', zh: '记住第一个值' },
      body: [
        {
          en: 'Each sequence has 30 steps. At t = 0 it shows a sign, +1 or −1; then 29 random numbers follow on the same input. At the last step the network must say which sign came first.',
          zh: '每个序列有 30 步。t = 0 时给出一个符号 +1 或 −1；之后同一个输入上是 29 个随机数。在最后一步，网络必须说出最先出现的是哪个符号。',
        },
        {
          en: 'Guessing gives 50%. To do better, the gradient from the last step has to reach t = 0 — 29 steps back. Each network has 16 units and trains with Adam (lr 0.01) on batches of 32, scored on 256 held-out sequences.',
          zh: '随便猜的准确率是 50%。要做得更好，最后一步的梯度必须传回 29 步之前的 t = 0。每个网络有 16 个单元，用 Adam（学习率 0.01）在每批 32 个序列上训练，并在 256 个留出序列上评估。',
        },
      ],
      setup: { panels: [] },
    },
    {
      id: 'lstm',
      title: { en: 'Train the LSTM', zh: '训练 LSTM' },
      body: [
        {
          en: 'The LSTM starts with its forget gate bias at +3, so f ≈ 0.95 and the cell state keeps the first sign. Training runs in a background worker, for up to 300 updates.',
          zh: 'LSTM 的遗忘门偏置初始为 +3，于是 f ≈ 0.95，细胞状态能保住第一个符号。训练在后台线程中进行，最多 300 次更新。',
        },
      ],
      setup: { panels: ['training'], training: 'lstm-open' },
      task: {
        prompt: {
          en: 'Press Train and wait until held-out accuracy reaches 95%.',
          zh: '按“训练”，等到留出集准确率达到 95%。',
        },
        done: ({ runs }) => runs['lstm-open']?.reachedAt != null,
      },
    },
    {
      id: 'gru',
      title: { en: 'Train the GRU', zh: '训练 GRU' },
      body: [
        {
          en: 'The GRU starts with its update gate bias at +2, so z ≈ 0.88 and h is mostly copied from step to step.',
          zh: 'GRU 的更新门偏置初始为 +2，于是 z ≈ 0.88，h 在各步之间大部分被直接复制。',
        },
      ],
      setup: { panels: ['training'], training: 'gru-open' },
      task: {
        prompt: {
          en: 'Press Train and wait until held-out accuracy reaches 95%.',
          zh: '按“训练”，等到留出集准确率达到 95%。',
        },
        done: ({ runs }) => runs['gru-open']?.reachedAt != null,
      },
    },
    {
      id: 'rnn',
      title: { en: 'Train the plain RNN', zh: '训练普通 RNN' },
      body: [
        {
          en: 'The same task and optimiser for a tanh RNN. Its gradient has to pass W_hh 29 times to reach t = 0, and it vanishes on the way (lesson 1).',
          zh: '同样的任务和优化器，换成 tanh RNN。它的梯度要经过 29 次 W_hh 才能到达 t = 0，途中就消失了（见第 1 课）。',
        },
      ],
      setup: { panels: ['training'], training: 'rnn' },
      task: {
        prompt: {
          en: 'Press Train and let it run its 300 updates.',
          zh: '按“训练”，让它跑完 300 次更新。',
        },
        done: ({ runs }) => runs.rnn?.finished === true,
      },
    },
    {
      id: 'compare',
      title: { en: 'Compare', zh: '比较' },
      body: [
        {
          en: 'The table holds what your three runs reached. On seed 1 the LSTM and the GRU pass 95% by update 75, while the RNN stays near 50% — chance — after 300.',
          zh: '下表是你的三次训练达到的结果。种子为 1 时，LSTM 和 GRU 在第 75 次更新前就超过 95%，而 RNN 在 300 次更新后仍在 50% 左右——也就是随机水平。',
        },
        {
          en: 'The gates are not magic: an LSTM with PyTorch’s default forget bias 0 also stays at chance (the Training lab’s preset “LSTM, PyTorch’s default init”). What helps is a path that starts open.',
          zh: '门并不神奇：遗忘门偏置取 PyTorch 默认值 0 的 LSTM 同样停在随机水平（训练实验室的预设“LSTM，PyTorch 默认初始化”）。真正起作用的是一开始就敞开的通路。',
        },
      ],
      setup: { panels: ['results'] },
    },
  ],
};
