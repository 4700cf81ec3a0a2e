import { describe, expect, it } from 'vitest';
import type { Catalog, Messages } from '../../src/i18n';
import { compareMessages } from '../../src/panels/compare/messages';
import { gradientLabMessages } from '../../src/panels/gradientLab/messages';
import { heatmapMessages } from '../../src/panels/heatmaps/messages';
import { labControlsMessages } from '../../src/panels/labControls/messages';
import { statePlotsMessages } from '../../src/panels/statePlots/messages';
import { trainingMessages } from '../../src/panels/training/messages';
import { bandMessages, ratioMessages, whyMessages } from '../../src/store/gradientMessages';
import { labPresetDescriptions, labPresetTitles } from '../../src/store/labPresets';
import {
  taskDescriptions,
  taskLabels,
  trainingPresetDescriptions,
  trainingPresetTitles,
  trainingStoreMessages,
} from '../../src/store/training/messages';

/** Every catalogue of the gradient lab and the training lab. */
const CATALOGUES: Record<string, Catalog<Messages>> = {
  compareMessages,
  gradientLabMessages,
  heatmapMessages,
  labControlsMessages,
  statePlotsMessages,
  trainingMessages,
  bandMessages,
  ratioMessages,
  whyMessages,
  labPresetTitles,
  labPresetDescriptions,
  taskLabels,
  taskDescriptions,
  trainingPresetTitles,
  trainingPresetDescriptions,
  trainingStoreMessages,
};

/**
 * A message as text: a function gets placeholder values (strings work wherever a message takes
 * a number, since messages only interpolate them).
 */
const text = (m: Messages[string]) =>
  typeof m === 'string' ? m : (m as (...v: string[]) => string)('⟨a⟩', '⟨b⟩', '⟨c⟩', '⟨d⟩');

/**
 * Chinese text: at least one CJK ideograph, or (for messages that only punctuate symbols, like
 * "‖∂L/∂h_t‖（BPTT）") CJK or full-width punctuation.
 */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Messages the same in both languages: none, so far (symbols only would go here). */
const SAME_IN_BOTH = new Set<string>([]);

describe('the lab catalogues', () => {
  for (const [name, catalog] of Object.entries(CATALOGUES)) {
    it(`${name}: the same keys in en and zh, none empty, every zh message Chinese and not the English`, () => {
      expect(Object.keys(catalog.zh).sort()).toEqual(Object.keys(catalog.en).sort());
      for (const key of Object.keys(catalog.en)) {
        const en = text(catalog.en[key]);
        const zh = text(catalog.zh[key]);
        expect(en.trim(), `${name}.${key} (en)`).not.toBe('');
        expect(zh.trim(), `${name}.${key} (zh)`).not.toBe('');
        expect(typeof catalog.zh[key], `${name}.${key}`).toBe(typeof catalog.en[key]);
        if (SAME_IN_BOTH.has(`${name}.${key}`)) continue;
        expect(zh, `${name}.${key}`).not.toBe(en);
        expect(zh, `${name}.${key} has no Chinese`).toMatch(CHINESE);
      }
    });
  }

  it('uses the standard Chinese terms', () => {
    expect(heatmapMessages.zh.f).toContain('遗忘门');
    expect(heatmapMessages.zh.i).toContain('输入门');
    expect(heatmapMessages.zh.o).toContain('输出门');
    expect(heatmapMessages.zh.z).toContain('更新门');
    expect(heatmapMessages.zh.r).toContain('重置门');
    expect(statePlotsMessages.zh.cellTitle).toContain('细胞状态');
    expect(statePlotsMessages.zh.hiddenTitle).toContain('隐藏状态');
    expect(bandMessages.zh.vanished).toBe('梯度消失');
    expect(bandMessages.zh.exploded).toBe('梯度爆炸');
    expect(trainingMessages.zh.gradientClipping).toBe('梯度裁剪');
    expect(trainingMessages.zh.learningRate).toBe('学习率');
    expect(trainingMessages.zh.batchSize).toBe('批量大小');
    expect(trainingMessages.zh.optimiser).toBe('优化器');
    expect(trainingMessages.zh.momentum).toBe('动量');
    expect(trainingMessages.zh.checkpoint).toBe('检查点');
    expect(labControlsMessages.zh.weightScale).toBe('权重缩放');
    expect(labControlsMessages.zh.recurrentScale).toBe('循环权重缩放');
    expect(labControlsMessages.zh.initOrthogonal).toBe('正交初始化');
    expect(labControlsMessages.zh.spectralNormHint).toContain('谱范数');
  });
});
