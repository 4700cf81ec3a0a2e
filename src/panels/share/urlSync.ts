import type { LessonPlace } from '../../lessons/ids';
import type { GateScopeState, GateScopeStore } from '../../store';
import { createRestTimer } from '../../store/restTimer';
import {
  DEFAULT_URL_STATE,
  deviationsOf,
  formatUrl,
  isDiscreteChange,
  lessonBase,
  moveStoreTo,
  placeOf,
  readUrl,
  urlStateOf,
  type Deviations,
  type Lang,
  type UrlNoticeItem,
  type UrlState,
  type ViewId,
  type WidgetPlace,
} from '../../store/url';

/** What the URL sync needs of the page around the stepper's store. */
export interface UrlSyncOptions {
  /** The widget whose settings, cursor and unit the URL holds (the cell stepper). */
  readonly store: GateScopeStore;
  /**
   * The gradient lab's widget, made on the first call: the URL holds its settings instead while
   * the lab is shown.
   */
  readonly lab?: () => GateScopeStore;
  /**
   * The lessons view's widget: while a lesson is shown the URL holds what the student changed
   * since the step set it up (the view reports each step's start with `lessonApplied`).
   */
  readonly lessons?: GateScopeStore;
  /** The page's fields as read at load (embed, panels, hide: fixed while the page lives). */
  readonly page: UrlState;
  readonly getView: () => ViewId;
  readonly setView: (view: ViewId) => void;
  readonly getLang: () => Lang;
  readonly setLang: (lang: Lang) => void;
  /**
   * Whether the URL as read chose the language. Once it is chosen (here, or by switching) the
   * URL always says `lang=`, so that a link opens in it whatever the reader's browser prefers.
   */
  readonly langGiven?: boolean;
  /** The language of a URL without `lang=` (the browser's preference). */
  readonly browserLang?: Lang;
  /** The lesson and its step (absent: the URL keeps the page's as read). */
  readonly getLesson?: () => LessonPlace;
  /** Goes to a lesson step; from a URL, with what the URL changes of the step's setup. */
  readonly setLesson?: (place: LessonPlace, deviations?: Deviations) => void;
  /** Called with what a URL reached by Back/Forward had to ignore. */
  readonly onNotices: (notices: readonly UrlNoticeItem[]) => void;
  /** How long continuous changes (sliders, stepping) must pause before the URL is replaced, in ms. */
  readonly delay?: number;
  readonly win?: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;
}

export interface UrlSync {
  /** Tells the sync the view (or anything outside the store) may have changed. */
  changed(): void;
  /** Writes a pending replaceState now (before copying the link). */
  flush(): void;
  /** The lessons view is about to set its widget up for a step: the URL waits for it. */
  lessonApplying(): void;
  /** The lessons view has set its widget up for `place`, which starts at `start`. */
  lessonApplied(place: LessonPlace, start: WidgetPlace): void;
  stop(): void;
}

const place = (s: GateScopeState) => ({ settings: s.settings, cursor: s.cursor, unit: s.unit });
const samePlace = (a: LessonPlace, b: LessonPlace) => a.lesson === b.lesson && a.step === b.step;

/**
 * Keeps the URL following the widget: discrete changes (cell, sequence kind, view, …) push a
 * history entry so Back undoes them; continuous ones (sliders, stepping) replace the current
 * entry, coalesced. On popstate the URL's state is applied without a reload. An embed only
 * replaces: an iframe's pushes would land in the host page's Back button.
 *
 * In a lesson the URL holds the lesson, the step and what differs from where the step started;
 * a new step starts afresh, so Back and Forward between steps show each step as it begins.
 */
export function startUrlSync(o: UrlSyncOptions): UrlSync {
  const win = o.win ?? window;
  const delay = o.delay ?? 150;
  const page = o.page;
  let langChosen = o.langGiven ?? false;
  const lessonNow = (): LessonPlace => {
    const { lesson, step } = o.getLesson?.() ?? page;
    return { lesson, step };
  };
  const inLesson = (view: ViewId, where: LessonPlace) =>
    o.lessons !== undefined && view === 'lessons' && where.lesson !== '';
  let labUnsubscribe: (() => void) | null = null;
  const storeOf = (view: ViewId, where: LessonPlace) => {
    if (inLesson(view, where)) return o.lessons as GateScopeStore;
    if (view !== 'lab' || !o.lab) return o.store;
    const lab = o.lab();
    labUnsubscribe ??= lab.subscribe(changed);
    return lab;
  };
  /** Where the lesson step shown started (null while the view sets it up). */
  let lessonStart: { place: LessonPlace; start: WidgetPlace } | null = null;
  /** The next write after a lesson step is set up replaces (it follows a load or popstate). */
  let replaceNext = false;
  const pageNow = () => ({ ...page, ...lessonNow(), view: o.getView(), lang: o.getLang() });
  const current = () => {
    const p = pageNow();
    return urlStateOf(place(storeOf(p.view, p).getState()), p);
  };
  /** Whether the URL must wait: a lesson is shown but its step is not yet set up. */
  const waiting = () => {
    const view = o.getView();
    const where = lessonNow();
    return inLesson(view, where) && (lessonStart === null || !samePlace(lessonStart.place, where));
  };
  // A language nobody chose (the browser's) stays out of the URL: the link follows its reader.
  const format = (u: UrlState) =>
    formatUrl(langChosen ? u : { ...u, lang: DEFAULT_URL_STATE.lang }, {
      keep: langChosen ? ['lang'] : [],
      ...(inLesson(u.view, u) && lessonStart && { base: lessonBase(lessonStart.start) }),
    });
  let last = waiting() ? page : current();
  let lastLang = o.getLang();
  /** The replace waiting for the changes to pause (see below), if one is. */
  let replacing = false;
  const rest = createRestTimer(delay);
  let applying = false;

  const write = (mode: 'push' | 'replace') => {
    rest.cancel('replace');
    replacing = false;
    const { pathname, hash, search } = win.location;
    const next = format(last);
    if (next === search && mode === 'replace') return;
    const url = `${pathname}${next}${hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };

  // A declaration: storeOf may subscribe it before this line runs.
  function changed() {
    if (applying || waiting()) return;
    const next = current();
    if (next.lang !== lastLang) langChosen = true;
    lastLang = next.lang;
    const wasReplaceNext = replaceNext;
    replaceNext = false;
    if (format(next) === format(last) && !wasReplaceNext) return;
    const push = !page.embed && !wasReplaceNext && isDiscreteChange(last, next);
    last = next;
    if (push) write('push');
    else if (wasReplaceNext) write('replace');
    else {
      // Replaced once the changes pause: a dragged slider writes the URL once, at the end, not
      // every `delay` ms (a replaceState costs up to several ms of the page's time in Chromium).
      replacing = true;
      rest.after('replace', () => write('replace'));
    }
  }

  const apply = (u: UrlState, given: readonly (keyof UrlState)[]) => {
    applying = true;
    langChosen = given.includes('lang');
    o.setView(u.view);
    lastLang = langChosen ? u.lang : (o.browserLang ?? u.lang);
    o.setLang(lastLang);
    const where = { lesson: u.lesson, step: u.step };
    if (inLesson(u.view, where)) {
      // The lessons view sets the step up, then lays the URL's changes over it.
      lessonStart = null;
      replaceNext = true;
      o.setLesson?.(where, deviationsOf(u, given));
      last = u;
      applying = false;
      return;
    }
    o.setLesson?.(where);
    const store = storeOf(u.view, where);
    moveStoreTo(store, placeOf(u));
    last = urlStateOf(place(store.getState()), { ...page, ...where, view: u.view, lang: u.lang });
    applying = false;
    write('replace');
  };

  const onPopState = () => {
    const reading = readUrl(win.location.search);
    o.onNotices(reading.notices);
    apply(reading.state, reading.given);
  };

  const unsubscribes = [o.store, o.lessons].map((store) => store?.subscribe(changed));
  win.addEventListener('popstate', onPopState);
  // The URL as read may hold ignored or non-canonical parameters: show what is really set
  // (in a lesson, once the step is set up).
  if (waiting()) replaceNext = true;
  else write('replace');
  return {
    changed,
    flush: () => replacing && write('replace'),
    lessonApplying() {
      lessonStart = null;
    },
    lessonApplied(where, start) {
      lessonStart = { place: where, start };
      changed();
    },
    stop() {
      unsubscribes.forEach((unsubscribe) => unsubscribe?.());
      labUnsubscribe?.();
      win.removeEventListener('popstate', onPopState);
      rest.dispose();
    },
  };
}
