/**
 * The gradient lab's sentences in English and Chinese: the ratio sentence, "why it happens", the
 * weight-gradient sentence and the plots' bands. Numbers arrive already formatted (`formatTimes`),
 * so `3.1 × 10⁻⁹` reads the same in both languages.
 */
import { defineMessages } from '../i18n/messages';

/** The ratio ‖g_0‖ / ‖g_{T−1}‖ in words (gradientRatio.ts). */
export const ratioMessages = defineMessages({
  en: {
    gradient: 'gradient',
    cellStateGradient: 'cell-state gradient',
    vanished: 'it has vanished',
    shrank: 'it has shrunk, though not vanished',
    survived: 'it has survived',
    grew: 'it grew',
    exploded: 'it has exploded',
    none: 'there is nothing to compare',
    overflowed: (what: string, last: number, at: number) =>
      `Going back from t = ${last}, the ${what} overflowed at t = ${at}: ` +
      'it has exploded past what a 64-bit float can hold.',
    oneStep: (what: string) =>
      `With one time step there is no earlier step for the ${what} to reach.`,
    zeroAtLast: (what: string, last: number) =>
      `The ${what} at t = ${last} is zero: there is nothing to compare.`,
    exactlyZero: 'exactly zero',
    fractionOf: (x: string, last: number) => `${x} of the one at t = ${last}`,
    timesThe: (x: string, last: number) => `${x} times the one at t = ${last}`,
    reaching: (what: string, how: string, verdict: string) =>
      `The ${what} reaching t = 0 is ${how}: ${verdict}.`,
    /** One cell's line in the compare view: "RNN: the gradient reaching …". */
    cellLine: (cell: string, sentence: string) =>
      `${cell}: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`,
  },
  zh: {
    gradient: '梯度',
    cellStateGradient: '细胞状态梯度',
    vanished: '梯度已经消失',
    shrank: '梯度变小了，但还没有消失',
    survived: '梯度保留了下来',
    grew: '梯度变大了',
    exploded: '梯度已经爆炸',
    none: '无从比较',
    overflowed: (what, last, at) =>
      `从 t = ${last} 往回传播时，${what}在 t = ${at} 处溢出：梯度已经爆炸，` +
      '超出了 64 位浮点数所能表示的范围。',
    oneStep: (what) => `只有一个时间步时，${what}没有更早的时间步可以到达。`,
    zeroAtLast: (what, last) => `t = ${last} 处的${what}为零：无从比较。`,
    exactlyZero: '恰好为零',
    fractionOf: (x, last) => `是 t = ${last} 处的 ${x} 倍`,
    timesThe: (x, last) => `是 t = ${last} 处的 ${x} 倍`,
    reaching: (what, how, verdict) => `到达 t = 0 的${what}${how}：${verdict}。`,
    cellLine: (cell, sentence) => `${cell}：${sentence}`,
  },
});

/** "Why it happens" and the weight-gradient sentence (whyItHappens.ts). */
export const whyMessages = defineMessages({
  en: {
    noStepBack: 'With one time step the gradient takes no step back.',
    rnnHeadLast:
      'Each step back multiplies the gradient by the measured factor ‖∂L/∂h_(t−1)‖ / ‖∂L/∂h_t‖, ' +
      'which can never exceed the bound ‖diag(1 − h_t²) W_hh‖, the Jacobian’s norm.',
    rnnHeadEvery:
      'Each step back multiplies the gradient by the measured factor ‖∂L/∂h_(t−1)‖ / ‖∂L/∂h_t‖, ' +
      'but with the loss on every step each step also adds its own gradient, so it may exceed ' +
      'the bound ‖diag(1 − h_t²) W_hh‖, the Jacobian’s norm.',
    rnnNoFactor:
      ' Here the gradient is zero or not a finite number, so there is no factor to average.',
    rnnShrinks: (mean: string, steps: number, total: string) =>
      ` Here it averages ${mean} per step (geometric mean), ` +
      `below 1, so after ${steps} steps ${total} of the gradient is left.`,
    rnnGrows: (mean: string, steps: number, total: string) =>
      ` Here it averages ${mean} per step (geometric mean), ` +
      `above 1, so after ${steps} steps the gradient is ${total} times larger.`,
    rnnMisaligned:
      ' The bound is above 1, but the gradient does not line up with the direction W_hh ' +
      'stretches most, so it shrinks all the same.',
    rnnBoundBelow: ' Even the bound is below 1: the gradient has to vanish.',
    forgetGatePath: 'forget gate f_t',
    updateGatePath: 'update gate z_t',
    pathHead: (equation: string, state: string, gate: string, mean: string) =>
      `Along the path ${equation}, each step back multiplies ∂L/∂${state} by the ${gate}. ` +
      `Here it averages ${mean}, `,
    pathNothing: 'but the gradient is zero or not a finite number, so there is nothing to follow.',
    pathCarries: (carried: string, state: string, steps: number) =>
      `so the gate path alone brings ${carried} of ‖∂L/∂${state}_${steps}‖ back to t = 0`,
    pathFollowed: ', and the full gradient (BPTT) follows it.',
    pathMore: (full: string) =>
      `. The full gradient (BPTT) keeps ${full}: ` +
      'more, because the gradient also flows back through h and the gates.',
    pathLess: (full: string) =>
      `. The full gradient (BPTT) keeps ${full}: ` +
      'less, because the paths through h and the gates partly cancel it.',
    shareOverflowed: (t: number) =>
      `The share of step t = ${t} is too large for a 64-bit float: it overflowed.`,
    noShare: 'No step contributes: ∂L/∂W_hh is zero.',
    tinyShares: (tiny: number, T: number, argmax: number) =>
      `${tiny} of ${T} steps contribute less than 10⁻⁶ of the largest share (t = ${argmax}): ` +
      'W_hh cannot learn from what happened there.',
    everyShare: (argmax: number, argmin: number, ratio: string) =>
      `Every step contributes at least 10⁻⁶ of the largest share (t = ${argmax}); ` +
      `the smallest, at t = ${argmin}, is ${ratio} of it.`,
  },
  zh: {
    noStepBack: '只有一个时间步时，梯度无须往回传播。',
    rnnHeadLast:
      '每往回一步，梯度都要乘以实测因子 ‖∂L/∂h_(t−1)‖ / ‖∂L/∂h_t‖；' +
      '它永远不会超过上界 ‖diag(1 − h_t²) W_hh‖，即雅可比矩阵的范数。',
    rnnHeadEvery:
      '每往回一步，梯度都要乘以实测因子 ‖∂L/∂h_(t−1)‖ / ‖∂L/∂h_t‖；' +
      '但损失计算在每个时间步上时，每一步还会加上自己的梯度，' +
      '所以它可能超过上界 ‖diag(1 − h_t²) W_hh‖，即雅可比矩阵的范数。',
    rnnNoFactor: '这里的梯度为零或不是有限数，没有可以平均的因子。',
    rnnShrinks: (mean, steps, total) =>
      `这里它平均每步为 ${mean}（几何平均），小于 1，` +
      `所以经过 ${steps} 步后，梯度只剩下原来的 ${total} 倍。`,
    rnnGrows: (mean, steps, total) =>
      `这里它平均每步为 ${mean}（几何平均），大于 1，` +
      `所以经过 ${steps} 步后，梯度变为原来的 ${total} 倍。`,
    rnnMisaligned: '上界大于 1，但梯度并不沿着 W_hh 拉伸最大的方向，所以梯度照样缩小。',
    rnnBoundBelow: '连上界都小于 1：梯度必然消失。',
    forgetGatePath: '遗忘门 f_t',
    updateGatePath: '更新门 z_t',
    pathHead: (equation, state, gate, mean) =>
      `沿着路径 ${equation}，每往回一步，∂L/∂${state} 都要乘以${gate}。` +
      `这里它的平均值为 ${mean}，`,
    pathNothing: '但梯度为零或不是有限数，无从追踪。',
    pathCarries: (carried, state, steps) =>
      `所以单靠这条门控路径，就能把 ‖∂L/∂${state}_${steps}‖ 的 ${carried} 倍带回 t = 0`,
    pathFollowed: '，完整梯度（BPTT）与之相符。',
    pathMore: (full) =>
      `。完整梯度（BPTT）保留了 ${full} 倍：` + '比它更多，因为梯度还会经由 h 和各个门往回传。',
    pathLess: (full) =>
      `。完整梯度（BPTT）保留了 ${full} 倍：` + '比它更少，因为经由 h 和各个门的路径部分抵消了它。',
    shareOverflowed: (t) => `时间步 t = ${t} 的份额太大，超出了 64 位浮点数的范围：已经溢出。`,
    noShare: '没有任何时间步有贡献：∂L/∂W_hh 为零。',
    tinyShares: (tiny, T, argmax) =>
      `${T} 个时间步中有 ${tiny} 个的贡献不到最大份额（t = ${argmax}）的 10⁻⁶：` +
      'W_hh 无法从这些时间步发生的事情中学习。',
    everyShare: (argmax, argmin, ratio) =>
      `每个时间步的贡献都至少是最大份额（t = ${argmax}）的 10⁻⁶；` +
      `最小的在 t = ${argmin}，是最大份额的 ${ratio} 倍。`,
  },
});

/** The shaded bands of the gradient and factor plots (gradientBands.ts, gradientViews.ts). */
export const bandMessages = defineMessages({
  en: {
    vanished: 'vanished',
    exploded: 'exploded',
    caption: (below: string, above: string, g: string) =>
      `Shaded: vanished below ${below} × ${g}, exploded above ${above} × ${g}.`,
    factorShrinks: 'below 1: the step shrinks the gradient',
    factorGrows: 'above 1: the step grows it',
  },
  zh: {
    vanished: '梯度消失',
    exploded: '梯度爆炸',
    caption: (below, above, g) =>
      `阴影区域：低于 ${below} × ${g} 为梯度消失，高于 ${above} × ${g} 为梯度爆炸。`,
    factorShrinks: '小于 1：这一步使梯度缩小',
    factorGrows: '大于 1：这一步使梯度增大',
  },
});
