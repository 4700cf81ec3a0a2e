import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n';
import { LESSON_IDS, LESSON_STEP_COUNTS } from '../../src/lessons/ids';
import { LESSONS, lessonById } from '../../src/lessons/registry';
import { LESSON_PANEL_IDS, type Localized } from '../../src/lessons/types';

/** Every piece of text of every lesson, with where it is. */
function texts(): [string, Localized][] {
  return LESSONS.flatMap((l) => [
    [`${l.id} title`, l.title] as [string, Localized],
    [`${l.id} summary`, l.summary] as [string, Localized],
    ...l.steps.flatMap((s) => [
      [`${l.id}/${s.id} title`, s.title] as [string, Localized],
      ...s.body.map((b, i) => [`${l.id}/${s.id} body ${i}`, b] as [string, Localized]),
      ...(s.task ? [[`${l.id}/${s.id} task`, s.task.prompt] as [string, Localized]] : []),
    ]),
  ]);
}

describe('the lesson registry', () => {
  it('lists the five lessons of issue 6 in order, with the ids and step counts the URL knows', () => {
    expect(LESSONS.map((l) => l.id)).toEqual(LESSON_IDS);
    expect(LESSON_IDS).toEqual([
      'rnn-forgets',
      'lstm-six-steps',
      'gru-four-steps',
      'compare-on-task',
      'from-pytorch',
    ]);
    for (const l of LESSONS) expect(l.steps.length, l.id).toBe(LESSON_STEP_COUNTS[l.id]);
    expect(lessonById('gru-four-steps').title.en).toBe('GRU in four steps');
  });

  it('gives each step an id unique within its lesson', () => {
    for (const l of LESSONS) {
      const ids = l.steps.map((s) => s.id);
      expect(new Set(ids).size, l.id).toBe(ids.length);
    }
  });

  it('has every text in English and Chinese, never the same, and backticks paired', () => {
    for (const [where, text] of texts()) {
      for (const lang of LANGS) expect(text[lang].trim(), `${where} ${lang}`).not.toBe('');
      expect(text.zh, where).not.toBe(text.en);
      expect(text.zh, `${where} has Chinese characters`).toMatch(/\p{Script=Han}/u);
      for (const lang of LANGS) {
        expect(text[lang].split('`').length % 2, `${where} ${lang}: unpaired backtick`).toBe(1);
      }
    }
  });

  it('uses the standard Chinese terms', () => {
    const zh = texts()
      .map(([, t]) => t.zh)
      .join('\n');
    for (const term of [
      '遗忘门',
      '输入门',
      '输出门',
      '细胞状态',
      '隐藏状态',
      '更新门',
      '重置门',
      '梯度消失',
      '梯度爆炸',
      '梯度裁剪',
    ]) {
      expect(zh).toContain(term);
    }
  });

  it('shows only known panels, and a training run exactly where the training panel shows', () => {
    for (const l of LESSONS) {
      for (const s of l.steps) {
        for (const p of s.setup.panels) expect(LESSON_PANEL_IDS, `${l.id}/${s.id}`).toContain(p);
        expect(s.setup.panels.includes('training'), `${l.id}/${s.id}`).toBe(
          s.setup.training !== undefined,
        );
      }
    }
  });
});
