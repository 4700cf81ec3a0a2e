/**
 * The training lab's words that the store produces, in English and Chinese: task and preset
 * texts, chart labels and summaries, the probe's titles and summary, settings problems and the
 * reason training diverged. The numbers in the preset descriptions are the engine's
 * (test/store/training/presets.test.ts).
 */
import { defineMessages } from '../../i18n/messages';

/** Each task's option label in the "Task" choice. */
export const taskLabels = defineMessages({
  en: {
    remember: 'Remember the first value',
    adding: 'Adding problem',
    sine: 'Next value of a sine',
    'chars-en': 'Next character (English)',
    'chars-zh': 'Next character (Chinese)',
  },
  zh: {
    remember: '记住第一个值',
    adding: '加法问题',
    sine: '预测正弦的下一个值',
    'chars-en': '预测下一个字符（英文）',
    'chars-zh': '预测下一个字符（中文）',
  },
});

/** What the network sees and what it must answer, per task. */
export const taskDescriptions = defineMessages({
  en: {
    remember:
      'A sign ±1 comes at t = 0 (marked on a second channel), then random distractors on the same channel. At the last step the network must say which sign came first: it has to hold one bit through the whole sequence. Chance is 50%.',
    adding:
      'Random values in [0, 1] on one channel, two of them marked on a second (Hochreiter & Schmidhuber 1997). At the last step the network must output the sum of the two marked values; within 0.04 counts as right.',
    sine: 'A noisy sine wave of random frequency and phase; at every step the network predicts the next clean value. Regression: only the mean squared error is shown.',
    'chars-en':
      'One-hot characters of a short English text in, a softmax over its characters out: at every step the network predicts the next character.',
    'chars-zh':
      'One-hot characters of a short Chinese text in, a softmax over its characters out: at every step the network predicts the next character.',
  },
  zh: {
    remember:
      't = 0 时出现一个符号 ±1（在第二个通道上做了标记），之后同一通道上是随机的干扰值。在最后一步，网络必须说出最先出现的是哪个符号：它得把这 1 比特信息保持过整个序列。随机猜测的准确率是 50%。',
    adding:
      '一个通道上是 [0, 1] 内的随机值，其中两个在第二个通道上做了标记（Hochreiter & Schmidhuber 1997）。在最后一步，网络必须输出这两个被标记的值之和；误差在 0.04 以内算作正确。',
    sine: '一条频率和相位都随机、带噪声的正弦波；网络在每一步预测下一个无噪声的值。这是回归任务：只显示均方误差。',
    'chars-en':
      '输入一段英文短文本的独热编码字符，输出在其字符表上的 softmax：网络在每一步预测下一个字符。',
    'chars-zh':
      '输入一段中文短文本的独热编码字符，输出在其字符表上的 softmax：网络在每一步预测下一个字符。',
  },
});

/** Each training preset's button title. */
export const trainingPresetTitles = defineMessages({
  en: {
    'lstm-open': 'LSTM, forget gate open',
    'gru-open': 'GRU, update gate open',
    'lstm-closed': 'LSTM, PyTorch’s default init',
    rnn: 'Plain RNN',
    sgd: 'LSTM with SGD',
    'rnn-exploding': 'RNN, W_hh × 3, no clipping',
    'rnn-clipped': 'RNN, W_hh × 3, clipped at 1',
  },
  zh: {
    'lstm-open': 'LSTM，遗忘门打开',
    'gru-open': 'GRU，更新门打开',
    'lstm-closed': 'LSTM，PyTorch 默认初始化',
    rnn: '普通 RNN',
    sgd: '使用 SGD 的 LSTM',
    'rnn-exploding': 'RNN，W_hh × 3，不做裁剪',
    'rnn-clipped': 'RNN，W_hh × 3，裁剪阈值 1',
  },
});

/** What each training preset shows, with the numbers the engine gives. */
export const trainingPresetDescriptions = defineMessages({
  en: {
    'lstm-open':
      'Forget-gate bias +3 starts f near σ(3) ≈ 0.95, so the first sign survives 30 steps. Adam (lr 0.01) reaches 95% held-out accuracy at update 75 on seed 1 (100 and 50 on seeds 2 and 3).',
    'gru-open':
      'Update-gate bias +2 starts z near 0.88, so h is mostly copied forward: 95% at update 75 on seeds 1, 2 and 3.',
    'lstm-closed':
      'Forget-gate bias 0 gives f ≈ 0.5: the memory halves every step. After 300 updates accuracy is still at chance (52%, 49%, 54% on seeds 1–3). Gates help only when they start open.',
    rnn: 'No gates: with the same settings a tanh RNN stays at chance after 300 updates on seeds 1–3 (47%, 53%, 53%).',
    sgd: 'SGD with momentum 0.9 at lr 0.03 reaches 95% only on seed 2, at update 300; at lr 0.1, 0.3 and 1 it stays at chance for 300 updates on all three seeds. Adam needs 75.',
    'rnn-exploding':
      'Recurrent weights × 3 under SGD (lr 0.1): the gradient norm spikes to 6–17 and accuracy stays at chance after 300 updates (seeds 1–3).',
    'rnn-clipped':
      'The same, with the global gradient norm clipped at 1: 95% at update 50 on seed 1 (25 on seeds 2 and 3), with the clipped updates marked on the gradient plot.',
  },
  zh: {
    'lstm-open':
      '遗忘门偏置 +3 使 f 从 σ(3) ≈ 0.95 附近开始，所以第一个符号能保留 30 步。Adam（学习率 0.01）在随机种子 1 上于第 75 次更新时达到 95% 的留出准确率（种子 2 和 3 上分别是第 100 次和第 50 次）。',
    'gru-open':
      '更新门偏置 +2 使 z 从 0.88 附近开始，h 大部分被原样复制到下一步：在种子 1、2、3 上都于第 75 次更新时达到 95%。',
    'lstm-closed':
      '遗忘门偏置为 0 时 f ≈ 0.5：记忆每一步减半。300 次更新后准确率仍停留在随机猜测的水平（种子 1–3 上分别为 52%、49%、54%）。门只有在一开始就打开时才有帮助。',
    rnn: '没有门：同样的设置下，tanh RNN 在种子 1–3 上经过 300 次更新后仍停留在随机猜测的水平（47%、53%、53%）。',
    sgd: '动量 0.9、学习率 0.03 的 SGD 只在种子 2 上于第 300 次更新时达到 95%；学习率为 0.1、0.3 和 1 时，三个种子在 300 次更新内都停留在随机猜测的水平。Adam 只需 75 次。',
    'rnn-exploding':
      '循环权重 × 3，使用 SGD（学习率 0.1）：梯度范数飙升到 6–17，300 次更新后准确率仍停留在随机猜测的水平（种子 1–3）。',
    'rnn-clipped':
      '同样的设置，但把全局梯度范数裁剪到 1：在种子 1 上于第 50 次更新时达到 95%（种子 2 和 3 上是第 25 次），被裁剪的更新在梯度图上做了标记。',
  },
});

/** Chart labels and summaries, the probe's words, settings problems and divergence reasons. */
export const trainingStoreMessages = defineMessages({
  en: {
    noUpdates: 'no updates yet',
    /** The span of a curve when it has no points (after its name). */
    noSpan: 'no updates yet',
    span: (from: string, x0: number, to: string, x1: number) =>
      `from ${from} at update ${x0} to ${to} at update ${x1}`,
    perUpdates: (k: number) => ` (per ${k} updates)`,
    trainingLoss: 'training loss',
    lossSummary: (span: string) => `training loss ${span}`,
    gradBeforeClipping: '‖g‖ before clipping',
    largestOf: (k: number) => ` (largest of ${k})`,
    gradSummary: (max: string, n: number, clipped: number) =>
      `largest ‖g‖ ${max} over ${n} updates; ${clipped} clipped`,
    heldOutAccuracy: 'held-out accuracy',
    accuracySummary: (span: string) => `held-out accuracy ${span}`,
    updatesPerSecond: 'updates per second',
    rateSummary: (span: string) => `updates per second ${span}`,
    probeForget: 'Forget gate f',
    probeCell: 'Cell state c',
    probeUpdate: 'Update gate z',
    probeHidden: 'Hidden state h',
    probeTitle: (title: string, where: string) => `${title} on the probe sequence${where}`,
    layer: (n: number) => ` (layer ${n})`,
    rnnNoGate: 'a plain RNN has no gate: h is rewritten at every step',
    forgetGate: 'forget gate f',
    updateGate: 'update gate z',
    gateMean: (gate: string, mean: string) => `mean ${gate} = ${mean}`,
    sinceStart: (summary: string, mean: string, update: number) =>
      `${summary} (${mean} at update ${update})`,
    hiddenSize: 'Hidden size',
    numLayers: 'Layers',
    seqLen: 'Sequence length',
    batchSize: 'Batch size',
    learningRate: 'Learning rate',
    momentum: 'Momentum',
    clipNorm: 'Clipping threshold',
    gateBias: 'Gate bias',
    recurrentScale: 'Recurrent weight scale',
    seed: 'Seed',
    rangeProblem: (name: string, min: number, max: number, got: string) =>
      `${name} must be between ${min} and ${max}; got ${got}.`,
    wholeProblem: (name: string, got: string) => `${name} must be a whole number; got ${got}.`,
    lossBecame: (v: string) => `the loss became ${v}`,
    normBecame: (v: string) => `the gradient norm became ${v}`,
    weightBecame: (weight: string, v: string) => `${weight} became ${v}`,
  },
  zh: {
    noUpdates: '尚无更新',
    noSpan: '（尚无更新）',
    span: (from, x0, to, x1) => `从第 ${x0} 次更新时的 ${from} 到第 ${x1} 次更新时的 ${to}`,
    perUpdates: (k) => `（每 ${k} 次更新）`,
    trainingLoss: '训练损失',
    lossSummary: (span) => `训练损失${span}`,
    gradBeforeClipping: '裁剪前的 ‖g‖',
    largestOf: (k) => `（每 ${k} 个中的最大值）`,
    gradSummary: (max, n, clipped) => `${n} 次更新中最大的 ‖g‖ 为 ${max}；${clipped} 次被裁剪`,
    heldOutAccuracy: '留出准确率',
    accuracySummary: (span) => `留出准确率${span}`,
    updatesPerSecond: '每秒更新次数',
    rateSummary: (span) => `每秒更新次数${span}`,
    probeForget: '遗忘门 f',
    probeCell: '细胞状态 c',
    probeUpdate: '更新门 z',
    probeHidden: '隐藏状态 h',
    probeTitle: (title, where) => `探测序列上的${title}${where}`,
    layer: (n) => `（第 ${n} 层）`,
    rnnNoGate: '普通 RNN 没有门：h 每一步都被重写',
    forgetGate: '遗忘门 f',
    updateGate: '更新门 z',
    gateMean: (gate, mean) => `${gate} 的平均值 = ${mean}`,
    sinceStart: (summary, mean, update) => `${summary}（第 ${update} 次更新时为 ${mean}）`,
    hiddenSize: '隐藏层大小',
    numLayers: '层数',
    seqLen: '序列长度',
    batchSize: '批量大小',
    learningRate: '学习率',
    momentum: '动量',
    clipNorm: '裁剪阈值',
    gateBias: '门偏置',
    recurrentScale: '循环权重缩放',
    seed: '随机种子',
    rangeProblem: (name, min, max, got) => `${name}必须在 ${min} 到 ${max} 之间；当前为 ${got}。`,
    wholeProblem: (name, got) => `${name}必须是整数；当前为 ${got}。`,
    lossBecame: (v) => `损失变成了 ${v}`,
    normBecame: (v) => `梯度范数变成了 ${v}`,
    weightBecame: (weight, v) => `${weight} 变成了 ${v}`,
  },
});

/** Why training failed (a `TrainingFailure`), in words. */
export const trainingFailureMessages = defineMessages({
  en: {
    worker: (detail: string) => `The training worker failed: ${detail}`,
    run: (detail: string) => `Training could not start: ${detail}`,
  },
  // The runtime's detail is English and only a bug shows it: the Chinese leaves it out.
  zh: {
    worker: () => '后台训练线程出错了，训练已停止。',
    run: () => '无法开始训练（程序内部错误）。',
  },
});
