import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons/registry';
import { englishWords } from '../support/englishWords';

/** Names that stay as they are in Chinese: the app, and the optimisers. */
const NAMES = new Set(['GateScope', 'Adam', 'SGD']);

describe('the lessons in Chinese', () => {
  it('name the controls by their Chinese labels and leave no English word (code aside)', () => {
    const offenders = LESSONS.flatMap((lesson) =>
      [
        lesson.title.zh,
        ...lesson.steps.flatMap((s) => [s.title.zh, ...s.body.map((b) => b.zh), s.task?.prompt.zh]),
      ].flatMap((text) => {
        const words = englishWords((text ?? '').replace(/`[^`]*`/g, ' '));
        const left = words.filter((w) => !NAMES.has(w));
        return left.length > 0 ? [`${lesson.id}: ${left.join(' ')} in ${text}`] : [];
      }),
    );
    expect(offenders).toEqual([]);
  });
});
