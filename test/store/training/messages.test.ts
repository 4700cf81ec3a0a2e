import { describe, expect, it } from 'vitest';
import {
  TRAINING_DEFAULTS,
  TRAINING_PRESETS,
  divergenceReason,
  presetText,
  taskText,
  trainingConfigProblem,
} from '../../../src/store/training';

describe('the training store’s words in Chinese', () => {
  it('words the engine’s divergence reasons, and passes an unknown one through', () => {
    expect(divergenceReason('the loss became Infinity', 'zh')).toBe('损失变成了 Infinity');
    expect(divergenceReason('the gradient norm became NaN', 'zh')).toBe('梯度范数变成了 NaN');
    expect(divergenceReason('weight_hh_l0[12] became -Infinity', 'zh')).toBe(
      'weight_hh_l0[12] 变成了 -Infinity',
    );
    expect(divergenceReason('something else', 'zh')).toBe('something else');
    expect(divergenceReason('the loss became Infinity', 'en')).toBe('the loss became Infinity');
  });

  it('names the setting in a settings problem', () => {
    expect(trainingConfigProblem({ ...TRAINING_DEFAULTS, batchSize: 0 }, 'zh')).toBe(
      '批量大小必须在 1 到 256 之间；当前为 0。',
    );
    expect(trainingConfigProblem({ ...TRAINING_DEFAULTS, seed: 1.5 }, 'zh')).toBe(
      '随机种子必须是整数；当前为 1.5。',
    );
    expect(trainingConfigProblem({ ...TRAINING_DEFAULTS, batchSize: 0 })).toBe(
      'Batch size must be between 1 and 256; got 0.',
    );
  });

  it('keeps each preset’s numbers in its Chinese description', () => {
    for (const p of TRAINING_PRESETS) {
      const numbers = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).sort();
      expect(numbers(presetText(p.id, 'zh').description), p.id).toEqual(numbers(p.description));
    }
    expect(presetText('lstm-open', 'zh').description).toContain('第 75 次更新时达到 95%');
    expect(taskText('remember', 'zh').label).toBe('记住第一个值');
  });
});
