import { defineMessages } from '../../i18n';

/** The formula panel's words. */
export const formulaMessages = defineMessages({
  en: {
    of: (sub: number, subs: number, unit: number) => `· step ${sub} of ${subs}, unit ${unit}`,
    layerBelow: (layer: number) => ` Here x_t is h_t of layer ${layer}, the layer below.`,
    showTerms: 'Show terms',
    terms: 'Terms of the sums',
    product: 'product',
    sumOverK: 'sum over k',
    bias: 'bias',
    total: 'total',
    unit: 'Unit',
  },
  zh: {
    of: (sub, subs, unit) => `· 第 ${sub} 步（共 ${subs} 步），单元 ${unit}`,
    layerBelow: (layer) => ` 这里的 x_t 是下面一层（第 ${layer} 层）的 h_t。`,
    showTerms: '显示各项',
    terms: '求和的各项',
    product: '乘积',
    sumOverK: '对 k 求和',
    bias: '偏置',
    total: '总和',
    unit: '单元',
  },
});

/** One sentence per sub-step on what its numbers mean (TeX-style subscripts), by `cell:step`. */
export const stepNoteMessages = defineMessages({
  en: {
    'lstm:forget': 'f_t near 1 keeps the old cell state c_{t−1}; near 0 it forgets it.',
    'lstm:input': 'i_t decides how much of the candidate g_t is written into the cell.',
    'lstm:candidate': 'g_t is the new content the cell may take in, between −1 and 1.',
    'lstm:output': 'o_t decides how much of the cell state is let out as h_t.',
    'lstm:cell':
      'The cell state changes by addition — what is kept plus what is written — so its gradient can flow back undiminished.',
    'lstm:hidden': 'h_t is the squashed cell state tanh(c_t), let through by the output gate.',
    'gru:update': 'z_t near 1 keeps the old state h_{t−1}; near 0 it takes the candidate.',
    'gru:reset': 'r_t near 0 makes the candidate ignore the old state.',
    'gru:candidate':
      'As in PyTorch, r_t scales only the recurrent part W_hn h_{t−1} + b_hn, bias included.',
    'gru:state': 'The new state mixes the candidate and the old state, weighted by z_t.',
    'rnn:state':
      'Every step rewrites h through the same W_hh: over many steps its gradient shrinks or grows geometrically.',
  },
  zh: {
    'lstm:forget': 'f_t 接近 1 时保留旧的细胞状态 c_{t−1}；接近 0 时将其遗忘。',
    'lstm:input': 'i_t 决定候选值 g_t 有多少被写入细胞状态。',
    'lstm:candidate': 'g_t 是细胞可能吸收的新内容，取值在 −1 与 1 之间。',
    'lstm:output': 'o_t 决定细胞状态有多少作为 h_t 输出。',
    'lstm:cell':
      '细胞状态通过加法更新——保留的部分加上写入的部分——因此它的梯度可以几乎不衰减地反向传播。',
    'lstm:hidden': 'h_t 是经 tanh 压缩的细胞状态 tanh(c_t)，再由输出门放行。',
    'gru:update': 'z_t 接近 1 时保留旧状态 h_{t−1}；接近 0 时采用候选隐藏状态。',
    'gru:reset': 'r_t 接近 0 时，候选隐藏状态会忽略旧状态。',
    'gru:candidate': '与 PyTorch 一致，r_t 只缩放循环部分 W_hn h_{t−1} + b_hn（包括偏置）。',
    'gru:state': '新状态按 z_t 加权，混合候选隐藏状态与旧状态。',
    'rnn:state': '每一步都通过同一个 W_hh 重写 h：经过许多步后，梯度按几何级数缩小或增大。',
  },
});
