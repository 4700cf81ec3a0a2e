import type { LessonId } from './ids';

/** What a student has reached in each lesson: the furthest step seen, 1-based. */
export type Progress = Readonly<Partial<Record<LessonId, number>>>;

const KEY = 'gatescope.lessons.progress';

/** The storage that keeps progress, or null where there is none (private mode, sandboxed frame). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The saved progress; empty when nothing (valid) is saved or storage is unavailable. */
export function loadProgress(): Progress {
  try {
    const raw = storage()?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(([, v]) => Number.isInteger(v) && (v as number) > 0),
    ) as Progress;
  } catch {
    return {};
  }
}

/** Progress with step `step` of `id` seen (it never goes back), saved where storage allows. */
export function recordProgress(progress: Progress, id: LessonId, step: number): Progress {
  if ((progress[id] ?? 0) >= step) return progress;
  const next = { ...progress, [id]: step };
  try {
    storage()?.setItem(KEY, JSON.stringify(next));
  } catch {
    // Full or refused: progress is kept for this visit only.
  }
  return next;
}
