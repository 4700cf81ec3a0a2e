import { useCallback, useEffect, useRef } from 'react';
import type { GateScopeStore } from '../../store';
import type { Lang, UrlNoticeItem, UrlState, ViewId } from '../../store/url';
import type { LessonPlace } from '../../lessons/ids';
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
  readonly lesson: LessonPlace;
  readonly setLesson: (place: LessonPlace) => void;
}

/**
 * Keeps the URL following the stepper's store (the lab's while it is shown), the view, the
 * language and the lesson while mounted (see
 * `startUrlSync`). Returns `flush`, which writes any pending change (call it before reading the URL).
 */
export function useUrlSync(
  { store, lab }: { store: GateScopeStore; lab?: GateScopeStore },
  page: UrlState,
  { view, setView, lang, setLang, lesson, setLesson }: PageState,
  onNotices: (notices: readonly UrlNoticeItem[]) => void,
): () => void {
  const viewRef = useRef(view);
  const langRef = useRef(lang);
  const lessonRef = useRef(lesson);
  const sync = useRef<UrlSync | null>(null);
  useEffect(() => {
    const s = startUrlSync({
      store,
      lab,
      page,
      getView: () => viewRef.current,
      setView,
      getLang: () => langRef.current,
      setLang,
      getLesson: () => lessonRef.current,
      setLesson,
      onNotices,
    });
    sync.current = s;
    return () => {
      s.stop();
      sync.current = null;
    };
  }, [store, lab, page, setView, setLang, setLesson, onNotices]);
  useEffect(() => {
    viewRef.current = view;
    langRef.current = lang;
    lessonRef.current = lesson;
    sync.current?.changed();
  }, [view, lang, lesson]);
  return useCallback(() => sync.current?.flush(), []);
}
