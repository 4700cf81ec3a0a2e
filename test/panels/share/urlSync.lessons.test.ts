import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyStep } from '../../../src/lessons/apply';
import type { LessonPlace } from '../../../src/lessons/ids';
import { lessonById } from '../../../src/lessons/registry';
import { startUrlSync, type UrlSync } from '../../../src/panels/share/urlSync';
import { createGateScopeStore, type GateScopeStore } from '../../../src/store';
import {
  createStoreAt,
  deviate,
  deviationsOf,
  DEFAULT_URL_STATE,
  readUrl,
  type Deviations,
  type ViewId,
  type WidgetPlace,
} from '../../../src/store/url';

const placeOfStore = (store: GateScopeStore): WidgetPlace => {
  const { settings, cursor, unit } = store.getState();
  return { settings, cursor, unit };
};

/**
 * A sync over a page at `search` with a lessons widget, and what the lessons view does with it:
 * `show` sets the widget up for a place (and the URL's changes, when it came from one).
 */
function setUp(search: string) {
  window.history.replaceState(null, '', `/app/${search}`);
  const reading = readUrl(search);
  const page = reading.state;
  const lessons = createGateScopeStore();
  let view: ViewId = page.view;
  let lesson: LessonPlace = { lesson: page.lesson, step: page.step };
  // As the page does: a lesson's link brings its changes to the step's setup.
  let pending: Deviations | undefined = deviationsOf(page, reading.given);
  const sync: UrlSync = startUrlSync({
    store: createStoreAt(DEFAULT_URL_STATE),
    lessons,
    page,
    getView: () => view,
    setView: (v) => (view = v),
    getLang: () => 'en',
    setLang: () => {},
    langGiven: reading.langGiven,
    getLesson: () => lesson,
    setLesson: (p, deviations) => {
      lesson = p;
      pending = deviations;
    },
    onNotices: () => {},
    delay: 50,
  });
  /** The lessons view: sets the widget up for the place shown, then tells the sync. */
  const show = (deviations?: Deviations) => {
    if (lesson.lesson === '') return;
    const l = lessonById(lesson.lesson);
    sync.lessonApplying();
    applyStep(lessons, l, l.steps[lesson.step - 1]);
    const start = placeOfStore(lessons);
    const lay = deviations ?? pending;
    pending = undefined;
    if (lay) {
      const at = deviate(start, lay);
      lessons.getState().update(at.settings);
      lessons.getState().setTimeStep(at.cursor.t);
      lessons.getState().setSubstep(at.cursor.sub);
    }
    sync.lessonApplied(lesson, start);
  };
  /** Next / Previous inside the view: a new place, set up afresh. */
  const go = (step: number) => {
    lesson = { lesson: lesson.lesson, step };
    show();
    sync.changed();
  };
  return { sync, lessons, show, go };
}

describe('startUrlSync(…) in a lesson', () => {
  let sync: UrlSync | null = null;
  let push: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.useFakeTimers();
    push = vi.spyOn(window.history, 'pushState');
  });
  afterEach(() => {
    sync?.stop();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('waits for the step to be set up, then holds only what the student changed', () => {
    const w = setUp('?lesson=rnn-forgets&step=2');
    sync = w.sync;
    // Nothing is written before the view has set the step up.
    expect(window.location.search).toBe('?lesson=rnn-forgets&step=2');
    w.show();
    expect(window.location.search).toBe('?view=lessons&lesson=rnn-forgets&step=2');
    expect(w.lessons.getState().settings.cell).toBe('rnn'); // the step's, not in the URL
    w.lessons.getState().update({ recurrentScale: 0.3 });
    vi.advanceTimersByTime(50);
    expect(window.location.search).toBe('?view=lessons&lesson=rnn-forgets&step=2&rscale=0.3');
    // A setting the student puts back to the step's own value leaves the URL again.
    w.lessons.getState().update({ recurrentScale: 1 });
    vi.advanceTimersByTime(50);
    expect(window.location.search).toBe('?view=lessons&lesson=rnn-forgets&step=2');
    expect(push).not.toHaveBeenCalled();
  });

  it('a link with changes opens the step with them, and writes the same link back', () => {
    const link = '?view=lessons&lesson=rnn-forgets&step=2&hidden=4&rscale=0.3&t=5';
    const w = setUp(link);
    sync = w.sync;
    w.show();
    const s = w.lessons.getState();
    // hidden=4 is the stepper's default but not this step's (the lab's 64): it is a change.
    expect(s.settings.hiddenSize).toBe(4);
    expect(s.settings.recurrentScale).toBe(0.3);
    expect(s.settings.cell).toBe('rnn');
    expect(s.cursor.t).toBe(5);
    expect(window.location.search).toBe(link);
  });

  it('a new step drops the changes (a push); Back brings the step with them', () => {
    const w = setUp('?lesson=rnn-forgets&step=2');
    sync = w.sync;
    w.show();
    w.lessons.getState().update({ recurrentScale: 0.3 });
    vi.advanceTimersByTime(50);
    w.go(3);
    expect(push).toHaveBeenCalledOnce();
    expect(window.location.search).toBe('?view=lessons&lesson=rnn-forgets&step=3');
    expect(w.lessons.getState().settings.recurrentScale).toBe(2); // step 3's own
    window.history.replaceState(
      null,
      '',
      '/app/?view=lessons&lesson=rnn-forgets&step=2&rscale=0.3',
    );
    window.dispatchEvent(new PopStateEvent('popstate'));
    w.show();
    expect(w.lessons.getState().settings.recurrentScale).toBe(0.3);
    expect(window.location.search).toBe('?view=lessons&lesson=rnn-forgets&step=2&rscale=0.3');
    expect(push).toHaveBeenCalledOnce();
  });

  it('Back within a step (after a pushed change of cell) restores the step’s own cell', () => {
    const w = setUp('?lesson=lstm-six-steps&step=3');
    sync = w.sync;
    w.show();
    w.lessons.getState().update({ cell: 'gru' });
    expect(push).toHaveBeenCalledOnce();
    expect(window.location.search).toBe('?view=lessons&lesson=lstm-six-steps&step=3&cell=gru');
    window.history.replaceState(null, '', '/app/?view=lessons&lesson=lstm-six-steps&step=3');
    window.dispatchEvent(new PopStateEvent('popstate'));
    w.show();
    expect(w.lessons.getState().settings.cell).toBe('lstm');
    expect(window.location.search).toBe('?view=lessons&lesson=lstm-six-steps&step=3');
  });
});
