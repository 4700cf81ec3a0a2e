import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { applyStep } from '../lessons/apply';
import type { LessonPlace, LessonRequest } from '../lessons/ids';
import { loadProgress, recordProgress } from '../lessons/progress';
import { lessonById } from '../lessons/registry';
import type { LessonWorld, Localized, TrainingRunId } from '../lessons/types';
import { useStepper } from '../panels/controls/useStepper';
import { LabProvider } from '../panels/labControls/LabProvider';
import { LessonPanels, LAB_LESSON_PANELS } from '../panels/lesson/LessonPanels';
import { LessonPicker } from '../panels/lesson/LessonPicker';
import { LessonPlayer } from '../panels/lesson/LessonPlayer';
import { LessonRuns } from '../panels/lesson/LessonRuns';
import { createRunStores, runSummary } from '../panels/lesson/runs';
import { useLessonKeys } from '../panels/lesson/useLessonKeys';
import { GateScopeProvider, type GateScopeState, type GateScopeStore } from '../store';
import {
  checkDeviations,
  deviate,
  moveStoreTo,
  refusedNotice,
  type UrlNoticeItem,
  type WidgetPlace,
} from '../store/url';
import type { TrainingStore } from '../store/training';
import '../panels/lesson/lesson.css';

/** The summaries of lesson 4's runs, following their stores. */
function useRunSummaries(stores: Record<TrainingRunId, TrainingStore>): LessonWorld['runs'] {
  const lstm = useStore(stores['lstm-open'], useShallow(runSummary));
  const gru = useStore(stores['gru-open'], useShallow(runSummary));
  const rnn = useStore(stores.rnn, useShallow(runSummary));
  return { 'lstm-open': lstm, 'gru-open': gru, rnn };
}

/** Whether the step's task has happened, checked live against the lesson's widget store. */
function useTaskDone(
  store: GateScopeStore,
  done: ((w: LessonWorld) => boolean) | undefined,
  runs: LessonWorld['runs'],
): boolean {
  return useStore(store, (widget) => done?.({ widget, runs }) ?? false);
}

interface LessonsViewProps {
  /** The view's widget (the page's, so that the URL can follow it). */
  readonly store: GateScopeStore;
  /**
   * The lesson and step shown (from the URL); '' shows the list of lessons. A place from a URL
   * may carry what the student had changed of the step's setup, laid over it when it is set up.
   */
  readonly place: LessonRequest;
  readonly setPlace: (place: LessonPlace) => void;
  /**
   * Called before the widget is set up for a step, and after with where the step starts and
   * what of the link's changes the step could not take (for the page's notice).
   */
  readonly onApplying?: () => void;
  readonly onApplied?: (
    place: LessonPlace,
    start: WidgetPlace,
    title: Localized,
    ignored: readonly UrlNoticeItem[],
  ) => void;
}

const placeOfStore = (s: GateScopeState): WidgetPlace => ({
  settings: s.settings,
  cursor: s.cursor,
  unit: s.unit,
});

/**
 * The lessons view: the list of lessons with each one's progress, or a lesson — its text
 * column (the step, its task checked live, Previous / Next, the step list) beside the live
 * panels the step asks for, on the view's own widget store. Each step puts the store where it
 * says (settings, cursor) when the student arrives. Page Down / Page Up move between steps.
 */
export function LessonsView({ store, place, setPlace, onApplying, onApplied }: LessonsViewProps) {
  const [runStores] = useState(createRunStores);
  const [progress, setProgress] = useState(loadProgress);
  const root = useRef<HTMLDivElement>(null);
  const panelsRoot = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const lesson = place.lesson === '' ? null : lessonById(place.lesson);
  const total = lesson?.steps.length ?? 1;
  const n = Math.min(Math.max(place.step, 1), total);
  const step = lesson?.steps[n - 1] ?? null;

  const { deviations } = place;
  useLayoutEffect(() => {
    if (!lesson || !step) return;
    onApplying?.();
    applyStep(store, lesson, step);
    const start = placeOfStore(store.getState());
    const ignored: UrlNoticeItem[] = [];
    if (deviations) {
      // A link's cursor or unit past the end of the step's run is ignored, and said so.
      const checked = checkDeviations(start, deviations);
      ignored.push(...checked.notices);
      const refused = moveStoreTo(store, deviate(start, checked.deviations));
      if (refused) ignored.push(refusedNotice(refused));
    }
    onApplied?.({ lesson: lesson.id, step: n }, start, lesson.title, ignored);
  }, [store, lesson, step, n, deviations, onApplying, onApplied]);
  // Progress follows the step shown (set while rendering: it only ever grows, so this settles).
  if (lesson && (progress[lesson.id] ?? 0) < n) setProgress(recordProgress(progress, lesson.id, n));

  const runs = useRunSummaries(runStores);
  const done = useTaskDone(store, step?.task?.done, runs);
  const go = useCallback(
    (to: number) => {
      if (!lesson) return;
      const clamped = Math.min(Math.max(to, 1), lesson.steps.length);
      if (clamped !== n) setPlace({ lesson: lesson.id, step: clamped });
    },
    [lesson, n, setPlace],
  );
  const next = useCallback(() => go(n + 1), [go, n]);
  const previous = useCallback(() => go(n - 1), [go, n]);
  useLessonKeys(root, next, previous);
  useStepper(store, panelsRoot);

  // Opening a lesson or going back to the list moves focus to what replaced the button pressed.
  const opened = useRef(place.lesson);
  useEffect(() => {
    if (opened.current === place.lesson) return;
    opened.current = place.lesson;
    const target = place.lesson === '' ? root.current?.querySelector('h2') : null;
    (target ?? document.getElementById(headingId))?.focus();
  }, [place.lesson, headingId]);

  const panels = step?.setup.panels ?? [];
  const needsLab = lesson?.steps.some((s) =>
    s.setup.panels.some((p) => LAB_LESSON_PANELS.includes(p)),
  );
  const shownRun = step?.setup.training ?? null;
  const stepPanels = <LessonPanels panels={panels} runs={runs} />;
  return (
    <GateScopeProvider store={store}>
      <div className="lessons" ref={root} data-lesson={place.lesson || undefined}>
        {lesson && step ? (
          <>
            <LessonPlayer
              lesson={lesson}
              step={n}
              go={go}
              close={() => setPlace({ lesson: '', step: 1 })}
              done={done}
              headingId={headingId}
            />
            <div
              className="lesson-panels"
              ref={panelsRoot}
              aria-labelledby={headingId}
              role="region"
            >
              {needsLab ? (
                <LabProvider key={lesson.id} compareOn={false}>
                  {stepPanels}
                </LabProvider>
              ) : (
                stepPanels
              )}
            </div>
          </>
        ) : (
          <LessonPicker progress={progress} open={(id) => setPlace({ lesson: id, step: 1 })} />
        )}
        <div className="lesson-runs" hidden={shownRun === null}>
          <LessonRuns stores={runStores} shown={shownRun} />
        </div>
      </div>
    </GateScopeProvider>
  );
}
