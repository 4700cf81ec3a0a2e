import { lazy, Suspense, type ReactNode } from 'react';
import { useMessages } from '../i18n';
import type { ViewId } from '../store/url';
import { prefetchPlots } from './panelSlots';
import { pageMessages } from './messages';

/*
 * The gradient lab and the training lab are chunks of their own, so the cell stepper's first
 * screen loads only its own code. A chunk loads the first time its tab is shown (or when the
 * URL starts on it), and all are fetched once the page is idle, so that they are cached (and
 * work offline) before anyone asks for them. The lazy components are module-level values: a
 * new `lazy()` on each render would remount the view.
 */
const importLab = () => import('./LabView');
const importTraining = () => import('./TrainingLab');
const importLessons = () => import('./LessonsView');

export const LazyLabView = lazy(() => importLab().then((m) => ({ default: m.LabView })));
export const LazyTrainingLab = lazy(() =>
  importTraining().then((m) => ({ default: m.TrainingLab })),
);

export const LazyLessonsView = lazy(() =>
  importLessons().then((m) => ({ default: m.LessonsView })),
);

/** Fetches every view's chunk without showing it (the browser keeps one copy of each module). */
export function prefetchViews(): Promise<unknown> {
  return Promise.all([prefetchPlots(), importLab(), importTraining(), importLessons()]);
}

/** Runs `f` when the page is idle after its first paint; returns a cancel function. */
export function whenIdle(f: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(f, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(f, 200);
  return () => clearTimeout(id);
}

/** A view's place while its chunk loads: a polite status that names what is coming. */
export function ViewLoading({ view, children }: { view: ViewId; children: ReactNode }) {
  const t = useMessages(pageMessages);
  return (
    <Suspense
      fallback={
        <p className="panel view-loading" role="status">
          {t.loading(t[view])}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
