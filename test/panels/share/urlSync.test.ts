import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LessonPlace } from '../../../src/lessons/ids';
import { startUrlSync, type UrlSync } from '../../../src/panels/share/urlSync';
import {
  DEFAULT_URL_STATE,
  createStoreAt,
  readUrl,
  settingsOf,
  type Lang,
  type ViewId,
} from '../../../src/store/url';

/** A sync over a fresh store at `search`, with its view held here. */
function setUp(search: string) {
  window.history.replaceState(null, '', `/app/${search}`);
  const page = readUrl(search).state;
  const store = createStoreAt(page);
  let view: ViewId = page.view;
  let lang: Lang = page.lang;
  let lesson: LessonPlace = { lesson: page.lesson, step: page.step };
  const noticed: string[][] = [];
  const sync = startUrlSync({
    store,
    page,
    langGiven: readUrl(search).langGiven,
    getView: () => view,
    setView: (v) => (view = v),
    getLang: () => lang,
    setLang: (l) => (lang = l),
    getLesson: () => lesson,
    setLesson: (p) => (lesson = p),
    onNotices: (n) => noticed.push(n.map((x) => x.param)),
    delay: 50,
  });
  return {
    store,
    sync,
    noticed,
    view: () => view,
    setView: (v: ViewId) => (view = v),
    lang: () => lang,
    setLang: (l: Lang) => (lang = l),
    lesson: () => lesson,
    setLesson: (p: LessonPlace) => (lesson = p),
  };
}

describe('startUrlSync(…)', () => {
  let sync: UrlSync | null = null;
  let push: ReturnType<typeof vi.spyOn>;
  let replace: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.useFakeTimers();
    push = vi.spyOn(window.history, 'pushState');
    replace = vi.spyOn(window.history, 'replaceState');
  });
  afterEach(() => {
    sync?.stop();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('rewrites the URL as read into its canonical form at once', () => {
    const w = setUp('?hidden=08&bogus=1&cell=gru');
    sync = w.sync;
    expect(window.location.search).toBe('?cell=gru&hidden=8');
    expect(window.location.pathname).toBe('/app/');
  });

  it('pushes a cell change and replaces (coalesced) for stepping and sliders', () => {
    const w = setUp('');
    sync = w.sync;
    push.mockClear();
    replace.mockClear();
    w.store.getState().update({ cell: 'gru' });
    expect(push).toHaveBeenCalledOnce();
    expect(window.location.search).toBe('?cell=gru');
    w.store.getState().stepForward();
    w.store.getState().stepForward();
    w.store.getState().update({ hiddenSize: 6 });
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(replace).toHaveBeenCalledOnce();
    expect(window.location.search).toBe('?cell=gru&hidden=6&sub=2');
    expect(push).toHaveBeenCalledOnce();
  });

  it('waits for a dragged slider to pause before replacing the URL, then replaces it once', () => {
    const w = setUp('');
    sync = w.sync;
    replace.mockClear();
    for (const recurrentScale of [1.1, 1.2, 1.3, 1.4, 1.5]) {
      w.store.getState().update({ recurrentScale });
      vi.advanceTimersByTime(40);
    }
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(replace).toHaveBeenCalledOnce();
    expect(readUrl(window.location.search).state.recurrentScale).toBe(1.5);
  });

  it('pushes a view change', () => {
    const w = setUp('');
    sync = w.sync;
    push.mockClear();
    w.setView('lab');
    w.sync.changed();
    expect(push).toHaveBeenCalledOnce();
    // No lab widget here: the stepper's settings, written against the lab's defaults.
    expect(window.location.search).toMatch(/^\?view=lab&cell=lstm&/);
    expect(settingsOf(readUrl(window.location.search).state)).toEqual(w.store.getState().settings);
  });

  it('follows a language switch, and takes the language back on popstate', () => {
    const w = setUp('?cell=gru');
    sync = w.sync;
    w.setLang('zh');
    w.sync.changed();
    vi.advanceTimersByTime(50);
    expect(window.location.search).toBe('?cell=gru&lang=zh');
    window.history.replaceState(null, '', '/app/?cell=gru');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(w.lang()).toBe('en');
  });

  it('writes lang=en once English is chosen over a Chinese browser, and keeps it', () => {
    window.history.replaceState(null, '', '/app/?cell=gru');
    const page = readUrl('?cell=gru').state;
    let lang: Lang = 'zh'; // the browser's preference: the URL says nothing yet
    sync = startUrlSync({
      store: createStoreAt(page),
      page,
      getView: () => 'stepper',
      setView: () => {},
      getLang: () => lang,
      setLang: (l) => (lang = l),
      langGiven: false,
      browserLang: 'zh',
      onNotices: () => {},
      delay: 50,
    });
    expect(window.location.search).toBe('?cell=gru');
    lang = 'en';
    sync.changed();
    vi.advanceTimersByTime(50);
    expect(window.location.search).toBe('?cell=gru&lang=en');
    expect(readUrl(window.location.search).langGiven).toBe(true);
    // Back to a URL from before the choice: the browser's language again, and no lang= written.
    window.history.replaceState(null, '', '/app/?cell=rnn');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(lang).toBe('zh');
    expect(window.location.search).toBe('?cell=rnn');
  });

  it('keeps lang=en as read (a link chose English)', () => {
    const w = setUp('?lang=en&cell=gru');
    sync = w.sync;
    expect(window.location.search).toBe('?cell=gru&lang=en');
    w.store.getState().update({ hiddenSize: 6 });
    vi.advanceTimersByTime(50);
    expect(window.location.search).toBe('?cell=gru&hidden=6&lang=en');
  });

  it('follows the gradient lab’s widget while the lab is shown, and gives popstate to it', () => {
    window.history.replaceState(null, '', '/app/');
    const page = readUrl('').state;
    const store = createStoreAt(page);
    const lab = createStoreAt(readUrl('?view=lab').state);
    let made = 0;
    let view: ViewId = 'stepper';
    sync = startUrlSync({
      store,
      lab: () => (made++, lab),
      page,
      getView: () => view,
      setView: (v) => (view = v),
      getLang: () => 'en',
      setLang: () => {},
      onNotices: () => {},
      delay: 50,
    });
    store.getState().update({ hiddenSize: 5 });
    vi.advanceTimersByTime(50);
    expect(made).toBe(0); // the lab's widget is not asked for while the stepper is shown
    view = 'lab';
    sync.changed();
    expect(window.location.search).toBe('?view=lab');
    expect(made).toBeGreaterThan(0);
    lab.getState().update({ recurrentScale: 1.8 });
    vi.advanceTimersByTime(50);
    expect(window.location.search).toBe('?view=lab&rscale=1.8');
    store.getState().update({ hiddenSize: 6 }); // the stepper, not shown: the URL stays
    vi.advanceTimersByTime(50);
    expect(window.location.search).toBe('?view=lab&rscale=1.8');
    window.history.replaceState(null, '', '/app/?view=lab&rscale=0.5');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(lab.getState().settings.recurrentScale).toBe(0.5);
    expect(store.getState().settings.recurrentScale).toBe(1);
    expect(store.getState().settings.hiddenSize).toBe(6);
  });

  it('gives a Back to a lab URL to the lab’s widget even before the lab was shown', () => {
    window.history.replaceState(null, '', '/app/');
    const page = readUrl('').state;
    const store = createStoreAt(page);
    const lab = createStoreAt(readUrl('?view=lab').state);
    let view: ViewId = 'stepper';
    sync = startUrlSync({
      store,
      lab: () => lab,
      page,
      getView: () => view,
      setView: (v) => (view = v),
      getLang: () => 'en',
      setLang: () => {},
      onNotices: () => {},
      delay: 50,
    });
    window.history.replaceState(null, '', '/app/?view=lab&rscale=0.5');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(view).toBe('lab');
    expect(lab.getState().settings.recurrentScale).toBe(0.5);
    expect(store.getState().settings.recurrentScale).toBe(1);
    lab.getState().update({ recurrentScale: 0.7 }); // followed from then on
    vi.advanceTimersByTime(50);
    expect(window.location.search).toBe('?view=lab&rscale=0.7');
  });

  it('applies the URL on popstate without writing a new entry', () => {
    const w = setUp('?cell=gru');
    sync = w.sync;
    window.history.replaceState(null, '', '/app/?cell=rnn&t=4&view=training&nope=1');
    push.mockClear();
    window.dispatchEvent(new PopStateEvent('popstate'));
    const s = w.store.getState();
    expect(s.settings.cell).toBe('rnn');
    expect(s.cursor).toEqual({ t: 4, sub: 0 });
    expect(w.view()).toBe('training');
    expect(w.noticed).toEqual([['nope']]);
    expect(push).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?view=training&cell=rnn&t=4');
  });

  it('only replaces inside an embed (no entries in the host page’s history)', () => {
    window.history.replaceState(null, '', '/app/?embed=1');
    const store = createStoreAt({ ...DEFAULT_URL_STATE, embed: true });
    const page = { ...DEFAULT_URL_STATE, embed: true };
    sync = startUrlSync({
      store,
      page,
      getView: () => 'stepper',
      setView: () => {},
      getLang: () => 'en',
      setLang: () => {},
      onNotices: () => {},
      delay: 50,
    });
    push.mockClear();
    store.getState().update({ cell: 'rnn' });
    vi.advanceTimersByTime(50);
    expect(push).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?embed=1&cell=rnn');
  });

  it('pushes each lesson step, and Back returns to the step before', () => {
    const w = setUp('?lesson=lstm-six-steps');
    sync = w.sync;
    expect(window.location.search).toBe('?view=lessons&lesson=lstm-six-steps');
    w.setLesson({ lesson: 'lstm-six-steps', step: 2 });
    w.sync.changed();
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?view=lessons&lesson=lstm-six-steps&step=2');
    window.history.replaceState(null, '', '/app/?view=lessons&lesson=lstm-six-steps');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(w.lesson()).toEqual({ lesson: 'lstm-six-steps', step: 1 });
  });
});
