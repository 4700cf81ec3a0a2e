import { describe, expect, it } from 'vitest';
import { compareLine } from '../../src/store/compareViews';
import type { CompareRun } from '../../src/store/compare';
import { bandsCaption, bandsIn, gradientBands } from '../../src/store/gradientBands';
import { gradientRatio, ratioSentence } from '../../src/store/gradientRatio';
import {
  contributionSentence,
  gatePathSentence,
  gatePathSummary,
  rnnWhySentence,
  rnnWhySummary,
} from '../../src/store/whyItHappens';

/** A curve t = 0 … 49 whose first value is `first` times its last. */
const curve = (first: number) => {
  const norms = new Float64Array(50).fill(1);
  norms[0] = first;
  return norms;
};

describe('ratioSentence(…, "zh")', () => {
  it('says the gradient reaching t = 0 is a fraction of the one at t = 49 and has vanished', () => {
    expect(ratioSentence(gradientRatio(curve(3.1e-9)), 'gradient', 'zh')).toBe(
      '到达 t = 0 的梯度是 t = 49 处的 3.1 × 10⁻⁹ 倍：梯度已经消失。',
    );
  });

  it('says it has exploded when the ratio passes 10³', () => {
    expect(ratioSentence(gradientRatio(curve(2.4e5)), 'gradient', 'zh')).toBe(
      '到达 t = 0 的梯度是 t = 49 处的 2.4 × 10⁵ 倍：梯度已经爆炸。',
    );
  });

  it('says it shrank, survived or grew in between, and names the cell-state gradient', () => {
    expect(ratioSentence(gradientRatio(curve(2.9e-5)), 'gradient', 'zh')).toBe(
      '到达 t = 0 的梯度是 t = 49 处的 2.9 × 10⁻⁵ 倍：梯度变小了，但还没有消失。',
    );
    expect(ratioSentence(gradientRatio(curve(0.21)), 'cell-state gradient', 'zh')).toBe(
      '到达 t = 0 的细胞状态梯度是 t = 49 处的 0.21 倍：梯度保留了下来。',
    );
    expect(ratioSentence(gradientRatio(curve(12)), 'gradient', 'zh')).toBe(
      '到达 t = 0 的梯度是 t = 49 处的 12 倍：梯度变大了。',
    );
    expect(ratioSentence(gradientRatio(curve(0)), 'gradient', 'zh')).toBe(
      '到达 t = 0 的梯度恰好为零：梯度已经消失。',
    );
  });

  it('words an overflow, a single step and a zero last step', () => {
    const norms = curve(1);
    norms[12] = Infinity;
    expect(ratioSentence(gradientRatio(norms), 'gradient', 'zh')).toBe(
      '从 t = 49 往回传播时，梯度在 t = 12 处溢出：梯度已经爆炸，超出了 64 位浮点数所能表示的范围。',
    );
    expect(ratioSentence(gradientRatio([0.4]), 'gradient', 'zh')).toBe(
      '只有一个时间步时，梯度没有更早的时间步可以到达。',
    );
    expect(ratioSentence(gradientRatio([0.4, 0]), 'gradient', 'zh')).toBe(
      't = 1 处的梯度为零：无从比较。',
    );
  });

  it('stays English by default, word for word', () => {
    expect(ratioSentence(gradientRatio(curve(3.1e-9)))).toBe(
      'The gradient reaching t = 0 is 3.1 × 10⁻⁹ of the one at t = 49: it has vanished.',
    );
  });
});

describe('the compare line, bands and "why" sentences in Chinese', () => {
  it('prefixes the cell with a full-width colon and keeps the sentence whole', () => {
    const run = { cell: 'lstm', memory: 'c', normC: curve(0.5), normH: curve(1) } as CompareRun;
    expect(compareLine(run, 'zh').sentence).toBe(
      'LSTM：到达 t = 0 的细胞状态梯度是 t = 49 处的 0.5 倍：梯度保留了下来。',
    );
    expect(compareLine(run).sentence).toMatch(/^LSTM: the cell-state gradient reaching t = 0/);
  });

  it('labels the bands 梯度消失 and 梯度爆炸 and explains them', () => {
    const bands = gradientBands(1);
    expect(bandsIn(bands, 'zh').map((b) => b.label)).toEqual(['梯度消失', '梯度爆炸']);
    expect(bandsIn(bands, 'en')).toBe(bands);
    expect(bandsCaption(49, '∂L/∂h', 'zh')).toBe(
      '阴影区域：低于 10⁻⁶ × ‖∂L/∂h_49‖ 为梯度消失，高于 10³ × ‖∂L/∂h_49‖ 为梯度爆炸。',
    );
  });

  it('words the RNN factor, the gate path and the weight-gradient shares', () => {
    const rnn = rnnWhySentence(rnnWhySummary([0.25, 0.5, 1], [0.5, 0.5, 0.5]), 'last', 'zh');
    expect(rnn).toContain('平均每步为 0.5（几何平均），小于 1');
    expect(rnn).toContain('连上界都小于 1：梯度必然消失。');
    const s = gatePathSummary([0.9, 0.9, 0.9, 0.9], [0.8, 1], [0.8, 1], 2);
    expect(gatePathSentence('f', s, 'zh')).toBe(
      '沿着路径 c_t = f_t ⊙ c_(t−1) + i_t ⊙ g_t，每往回一步，∂L/∂c 都要乘以遗忘门 f_t。' +
        '这里它的平均值为 0.9，所以单靠这条门控路径，就能把 ‖∂L/∂c_1‖ 的 0.8 倍带回 t = 0，' +
        '完整梯度（BPTT）与之相符。',
    );
    expect(contributionSentence([0, 1e-9, 2, 0.5], 'zh')).toBe(
      '4 个时间步中有 2 个的贡献不到最大份额（t = 2）的 10⁻⁶：W_hh 无法从这些时间步发生的事情中学习。',
    );
  });
});
