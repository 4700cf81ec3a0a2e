import { defineMessages } from '../../i18n';

/** The gradient lab's plots and the lab view's sections (the sentences: store/gradientMessages). */
export const gradientLabMessages = defineMessages({
  en: {
    gradientSection: 'Gradient norm',
    whySection: 'Why it happens',
    weightSection: 'Weight gradient by step',
    normTitle: 'Gradient norm per time step',
    normAxis: 'gradient norm (log)',
    whyForget: 'Why it happens: the forget gate along the cell path',
    whyUpdate: 'Why it happens: the update gate along the state path',
    whyFactor: 'Why it happens: the factor per step back',
    factorAxis: 'factor per step (log)',
    bptt: (state: string) => `‖∂L/∂${state}_t‖ (BPTT)`,
    gatePathOnly: (product: string, state: string, last: number) =>
      `‖(${product}) ⊙ ∂L/∂${state}_${last}‖ (gate path only)`,
    measured: 'measured ‖∂L/∂h_(t−1)‖ / ‖∂L/∂h_t‖',
    bound: 'bound ‖diag(1 − h_t²) W_hh‖',
    weightTitle: 'Where the weight gradient comes from',
    share: 'share of ∂L/∂W_hh',
    weightExplain: (sentence: string) =>
      'Each bar is ‖C_t‖_F, where C_t = (∂L/∂a_t) h_(t−1)ᵀ is step t’s share of ∂L/∂W_hh (a_t: ' +
      `the step’s pre-activations; the shares sum to the gradient). ${sentence}`,
    logScale: 'Log scale',
  },
  zh: {
    gradientSection: '梯度范数',
    whySection: '原因何在',
    weightSection: '各时间步的权重梯度',
    normTitle: '各时间步的梯度范数',
    normAxis: '梯度范数（对数）',
    whyForget: '原因何在：沿细胞状态路径的遗忘门',
    whyUpdate: '原因何在：沿状态路径的更新门',
    whyFactor: '原因何在：每往回一步的因子',
    factorAxis: '每步因子（对数）',
    bptt: (state) => `‖∂L/∂${state}_t‖（BPTT）`,
    gatePathOnly: (product, state, last) => `‖(${product}) ⊙ ∂L/∂${state}_${last}‖（仅门控路径）`,
    measured: '实测 ‖∂L/∂h_(t−1)‖ / ‖∂L/∂h_t‖',
    bound: '上界 ‖diag(1 − h_t²) W_hh‖',
    weightTitle: '权重梯度从何而来',
    share: '∂L/∂W_hh 的份额',
    weightExplain: (sentence) =>
      '每根柱子是 ‖C_t‖_F，其中 C_t = (∂L/∂a_t) h_(t−1)ᵀ 是时间步 t 在 ∂L/∂W_hh 中的份额' +
      `（a_t：该步的预激活值；所有份额之和就是梯度）。${sentence}`,
    logScale: '对数坐标',
  },
});
