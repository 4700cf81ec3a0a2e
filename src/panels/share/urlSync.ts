import type { LessonPlace } from '../../lessons/ids';
import type { GateScopeState, GateScopeStore } from '../../store';
import {
  formatUrl,
  isDiscreteChange,
  readUrl,
  settingsOf,
  urlStateOf,
  type UrlNoticeItem,
  type Lang,
  type UrlState,
  type ViewId,
} from '../../store/url';

/** What the URL sync needs of the page around the stepper's store. */
export interface UrlSyncOptions {
  /** The widget whose settings, cursor and unit the URL holds (the cell stepper). */
  readonly store: GateScopeStore;
  /** The gradient lab's widget: the URL holds its settings instead while the lab is shown. */
  readonly lab?: GateScopeStore;
  /** The page's fields as read at load (embed, panels, hide: fixed while the page lives). */
  readonly page: UrlState;
  readonly getView: () => ViewId;
  readonly setView: (view: ViewId) => void;
  readonly getLang: () => Lang;
  readonly setLang: (lang: Lang) => void;
  /** The lesson and its step (absent: the URL keeps the page's as read). */
  readonly getLesson?: () => LessonPlace;
  readonly setLesson?: (place: LessonPlace) => void;
  /** Called with what a URL reached by Back/Forward had to ignore. */
  readonly onNotices: (notices: readonly UrlNoticeItem[]) => void;
  /** How long continuous changes (sliders, stepping) wait before replacing the URL, in ms. */
  readonly delay?: number;
  readonly win?: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;
}

export interface UrlSync {
  /** Tells the sync the view (or anything outside the store) may have changed. */
  changed(): void;
  /** Writes a pending replaceState now (before copying the link). */
  flush(): void;
  stop(): void;
}

const place = (s: GateScopeState) => ({ settings: s.settings, cursor: s.cursor, unit: s.unit });

/**
 * Keeps the URL following the widget: discrete changes (cell, sequence kind, view, …) push a
 * history entry so Back undoes them; continuous ones (sliders, stepping) replace the current
 * entry, coalesced. On popstate the URL's state is applied without a reload. An embed only
 * replaces: an iframe's pushes would land in the host page's Back button.
 */
export function startUrlSync(o: UrlSyncOptions): UrlSync {
  const win = o.win ?? window;
  const delay = o.delay ?? 150;
  const page = o.page;
  const storeOf = (view: ViewId) => (view === 'lab' && o.lab ? o.lab : o.store);
  const lessonNow = (): LessonPlace => o.getLesson?.() ?? page;
  const pageNow = () => ({ ...page, ...lessonNow(), view: o.getView(), lang: o.getLang() });
  const current = () => urlStateOf(place(storeOf(o.getView()).getState()), pageNow());
  let last = current();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let applying = false;

  const write = (mode: 'push' | 'replace') => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const { pathname, hash, search } = win.location;
    const next = formatUrl(last);
    if (next === search && mode === 'replace') return;
    const url = `${pathname}${next}${hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };

  const changed = () => {
    if (applying) return;
    const next = current();
    if (formatUrl(next) === formatUrl(last)) return;
    const push = !page.embed && isDiscreteChange(last, next);
    last = next;
    if (push) write('push');
    else if (timer === null) timer = setTimeout(() => write('replace'), delay);
  };

  const apply = (u: UrlState) => {
    applying = true;
    const store = storeOf(u.view);
    const s = store.getState();
    s.pause();
    const settings = settingsOf(u);
    if (JSON.stringify(settings) !== JSON.stringify(s.settings)) s.update(settings);
    store.getState().setTimeStep(u.t);
    store.getState().setSubstep(u.sub);
    store.getState().setUnit(u.unit);
    o.setView(u.view);
    o.setLang(u.lang);
    o.setLesson?.({ lesson: u.lesson, step: u.step });
    last = urlStateOf(place(store.getState()), {
      ...page,
      view: u.view,
      lang: u.lang,
      lesson: u.lesson,
      step: u.step,
    });
    applying = false;
    write('replace');
  };

  const onPopState = () => {
    const reading = readUrl(win.location.search);
    o.onNotices(reading.notices);
    apply(reading.state);
  };

  const unsubscribes = [o.store, o.lab].map((store) => store?.subscribe(changed));
  win.addEventListener('popstate', onPopState);
  // The URL as read may hold ignored or non-canonical parameters: show what is really set.
  write('replace');
  return {
    changed,
    flush: () => timer !== null && write('replace'),
    stop() {
      unsubscribes.forEach((unsubscribe) => unsubscribe?.());
      win.removeEventListener('popstate', onPopState);
      if (timer !== null) clearTimeout(timer);
    },
  };
}
