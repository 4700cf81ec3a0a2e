import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, formatUrl, isDiscreteChange, readUrl } from '../../../src/store/url';

const params = (r: ReturnType<typeof readUrl>) => r.notices.map((n) => `${n.param}: ${n.reason}`);

describe('lesson= and step= in the URL', () => {
  it('a lesson link opens the lessons view at its step (1-based)', () => {
    const r = readUrl('?lesson=gru-four-steps&step=3');
    expect(r.notices).toEqual([]);
    expect(r.state).toMatchObject({ view: 'lessons', lesson: 'gru-four-steps', step: 3 });
    expect(formatUrl(r.state)).toBe('?view=lessons&lesson=gru-four-steps&step=3');
  });

  it('a view named beside the lesson wins', () => {
    expect(readUrl('?view=lab&lesson=rnn-forgets').state.view).toBe('lab');
  });

  it('ignores an unknown lesson and a step past the lesson’s last, with a notice', () => {
    const unknown = readUrl('?lesson=<b>x</b>&step=2');
    expect(unknown.state).toMatchObject({ lesson: '', step: 1, view: 'stepper' });
    expect(params(unknown)).toEqual([
      'lesson: not one of rnn-forgets, lstm-six-steps, gru-four-steps, compare-on-task, from-pytorch',
      'step: no lesson is given',
    ]);
    const past = readUrl('?lesson=gru-four-steps&step=6');
    expect(past.state).toMatchObject({ lesson: 'gru-four-steps', step: 1 });
    expect(params(past)).toEqual(['step: past the last step of this lesson (step=5)']);
    expect(params(readUrl('?lesson=gru-four-steps&step=0'))[0]).toMatch(/^step: not a whole/);
  });

  it('moving between lessons or steps makes a history entry (Back goes to the step before)', () => {
    const a = { ...DEFAULT_URL_STATE, view: 'lessons' as const, lesson: 'rnn-forgets' as const };
    expect(isDiscreteChange(a, { ...a, step: 2 })).toBe(true);
    expect(isDiscreteChange(a, { ...a, lesson: 'from-pytorch' })).toBe(true);
  });
});
