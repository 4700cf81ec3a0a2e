import { describe, expect, it } from 'vitest';
import { chartMessages } from '../../src/charts/messages';
import type { Catalog, Messages } from '../../src/i18n';
import { termMessages } from '../../src/i18n';
import { diagramMessages } from '../../src/panels/cellDiagram/messages';
import { commandMessages, controlsMessages } from '../../src/panels/controls/messages';
import { formulaMessages, stepNoteMessages } from '../../src/panels/formula/messages';
import { modelFileMessages } from '../../src/panels/modelFile/messages';
import { editorMessages } from '../../src/panels/sequenceEditor/messages';
import { settingsMessages } from '../../src/panels/settings/messages';
import { shareMessages } from '../../src/panels/share/messages';
import { stepTableMessages } from '../../src/panels/stepTable/messages';
import { timelineMessages } from '../../src/panels/timeline/messages';
import { panelMessages } from '../../src/store/url/panels';
import { reasonMessages } from '../../src/store/url/reasons';
import { pageMessages } from '../../src/views/messages';
import { modelNoteMessages } from '../../src/store/modelNotes';
import { problemMessages } from '../../src/store/problems';
import { trainingFailureMessages } from '../../src/store/training/messages';

const CATALOGUES: Record<string, Catalog<Messages>> = {
  chartMessages,
  termMessages,
  diagramMessages,
  commandMessages,
  controlsMessages,
  formulaMessages,
  stepNoteMessages,
  modelFileMessages,
  editorMessages,
  settingsMessages,
  shareMessages,
  stepTableMessages,
  timelineMessages,
  panelMessages,
  reasonMessages,
  pageMessages,
  problemMessages,
  modelNoteMessages,
  trainingFailureMessages,
};

/**
 * Messages whose Chinese may equal the English: frames that pass the English detail through
 * unchanged in English (the Chinese adds a frame, so they differ there anyway), and separators.
 */
const SAME_ALLOWED = new Set([
  'reasonMessages.listSep',
  'chartMessages.exportFailed',
  'problemMessages.mb',
]);

/** Chinese that may hold no Han character: pure punctuation or a frame around a value. */
const NO_HAN_ALLOWED = new Set([
  'reasonMessages.listSep',
  'chartMessages.clauseSep',
  'chartMessages.listSep',
  'modelFileMessages.fileProblem',
  'modelFileMessages.origin',
  'problemMessages.mb',
  'chartMessages.named',
  'editorMessages.listSep',
  'settingsMessages.biasHintEnd',
]);

/** A message's text, with values filled in (a number for each parameter). */
const textOf = (m: Messages[string]): string =>
  typeof m === 'string'
    ? m
    : String((m as (...v: unknown[]) => unknown)(...Array(m.length).fill(7)));

const HAN = /\p{Script=Han}/u;
/**
 * An English word of four letters or more: not a symbol (x_t, W_hh, tanh(…)), an acronym (HTML),
 * a URL parameter (unit=), a file name (weights.json) or a name (PyTorch, Python, True).
 */
const ENGLISH_WORD =
  /(?<![\w.])(?!tanh|True|Ctrl|Python|PyTorch|weights)(?:[A-Z][a-z]{3,}|[a-z]{4,})(?![\w.(=])/;

describe('the message catalogues', () => {
  const entries = Object.entries(CATALOGUES).flatMap(([name, c]) =>
    Object.keys(c.en).map((key) => [`${name}.${key}`, c.en[key], c.zh[key]] as const),
  );

  it('cover every English key in Chinese', () => {
    for (const [name, c] of Object.entries(CATALOGUES)) {
      expect(Object.keys(c.zh).sort(), name).toEqual(Object.keys(c.en).sort());
    }
  });

  it('have no empty message in either language', () => {
    for (const [id, en, zh] of entries) {
      expect(textOf(en).trim(), id).not.toBe('');
      expect(textOf(zh).trim(), id).not.toBe('');
    }
  });

  it('leave no English untranslated in the Chinese', () => {
    const offenders = entries.flatMap(([id, en, zh]) => {
      const [e, z] = [textOf(en), textOf(zh)];
      if (z === e && !SAME_ALLOWED.has(id)) return [`${id}: same as English`];
      if (!HAN.test(z) && !NO_HAN_ALLOWED.has(id)) return [`${id}: no Chinese (${z})`];
      if (ENGLISH_WORD.test(z)) return [`${id}: English word in ${z}`];
      return [];
    });
    expect(offenders).toEqual([]);
  });

  it('use the standard Chinese terms', () => {
    const zh = termMessages.zh;
    expect([zh.forgetGate, zh.inputGate, zh.outputGate, zh.updateGate, zh.resetGate]).toEqual([
      '遗忘门',
      '输入门',
      '输出门',
      '更新门',
      '重置门',
    ]);
    expect([zh.cellState, zh.hiddenState, zh.timeStep]).toEqual(['细胞状态', '隐藏状态', '时间步']);
    expect([zh.gradientVanishing, zh.gradientExploding, zh.gradientClipping]).toEqual([
      '梯度消失',
      '梯度爆炸',
      '梯度裁剪',
    ]);
  });
});
