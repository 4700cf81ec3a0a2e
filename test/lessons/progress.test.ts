import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadProgress, recordProgress } from '../../src/lessons/progress';

describe('lesson progress', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('keeps the furthest step of each lesson, across loads', () => {
    let p = loadProgress();
    expect(p).toEqual({});
    p = recordProgress(p, 'lstm-six-steps', 3);
    p = recordProgress(p, 'lstm-six-steps', 2);
    p = recordProgress(p, 'rnn-forgets', 1);
    expect(p).toEqual({ 'lstm-six-steps': 3, 'rnn-forgets': 1 });
    expect(loadProgress()).toEqual(p);
  });

  it('ignores saved garbage and carries on when storage refuses', () => {
    localStorage.setItem('gatescope.lessons.progress', '{"rnn-forgets": "x", "lstm-six-steps": 2');
    expect(loadProgress()).toEqual({});
    localStorage.setItem('gatescope.lessons.progress', '{"rnn-forgets": -1, "gru-four-steps": 2}');
    expect(loadProgress()).toEqual({ 'gru-four-steps': 2 });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(recordProgress({}, 'from-pytorch', 2)).toEqual({ 'from-pytorch': 2 });
    expect(loadProgress()).toEqual({});
  });
});
