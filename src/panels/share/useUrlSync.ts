import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { GateScopeStore } from '../../store';
import type { Lang, UrlNoticeItem, UrlState, ViewId, WidgetPlace } from '../../store/url';
import type { LessonPlace, LessonRequest } from '../../lessons/ids';
import { startUrlSync, type UrlSync } from './urlSync';

/**
 * The page-level state the URL follows besides the stepper's store: the view, the language and
 * the lesson with its step.
 */
export interface PageState {
  readonly view: ViewId;
  readonly setView: (view: ViewId) => void;
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  /** Whether the URL as read chose the language, and the browser's preferred one. */
  readonly langGiven: boolean;
  readonly browserLang: Lang;
  readonly lesson: LessonPlace;
  readonly setLesson: (place: LessonRequest) => void;
}

/** What the page does with the URL sync: flush it, and tell it about lesson steps. */
export interface UrlSyncHandle {
  /** Writes any pending change (call it before reading the URL). */
  readonly flush: () => void;
  /** The lessons view is setting its widget up for a step. */
  readonly lessonApplying: () => void;
  /** The lessons view has set its widget up for a step, which starts at `start`. */
  readonly lessonApplied: (place: LessonPlace, start: WidgetPlace) => void;
}

/**
 * Keeps the URL following the stepper's store (the lab's or the lesson's while shown), the view,
 * the language and the lesson while mounted (see `startUrlSync`).
 */
export function useUrlSync(
  {
    store,
    lab,
    lessons,
  }: { store: GateScopeStore; lab?: () => GateScopeStore; lessons?: GateScopeStore },
  page: UrlState,
  state: PageState,
  onNotices: (notices: readonly UrlNoticeItem[]) => void,
): UrlSyncHandle {
  const { view, setView, lang, setLang, lesson, setLesson, langGiven, browserLang } = state;
  const viewRef = useRef(view);
  const langRef = useRef(lang);
  const lessonRef = useRef(lesson);
  const sync = useRef<UrlSync | null>(null);
  useEffect(() => {
    const s = startUrlSync({
      store,
      lab,
      lessons,
      page,
      getView: () => viewRef.current,
      setView,
      getLang: () => langRef.current,
      setLang,
      langGiven,
      browserLang,
      getLesson: () => lessonRef.current,
      setLesson: (place, deviations) => setLesson({ ...place, deviations }),
      onNotices,
    });
    sync.current = s;
    return () => {
      s.stop();
      sync.current = null;
    };
  }, [store, lab, lessons, page, setView, setLang, setLesson, onNotices, langGiven, browserLang]);
  useEffect(() => {
    viewRef.current = view;
    langRef.current = lang;
    lessonRef.current = lesson;
    sync.current?.changed();
  }, [view, lang, lesson]);
  const flush = useCallback(() => sync.current?.flush(), []);
  return useMemo(
    () => ({
      flush,
      lessonApplying: () => sync.current?.lessonApplying(),
      lessonApplied: (place: LessonPlace, start: WidgetPlace) =>
        sync.current?.lessonApplied(place, start),
    }),
    [flush],
  );
}
