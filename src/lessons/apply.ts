import {
  DEFAULT_SETTINGS,
  type GateScopeStore,
  type Settings,
  type SettingsProblem,
} from '../store';
import type { Lesson, LessonStep } from './types';

/** The whole of the settings a step runs on: the app's defaults, the lesson's base, the step's. */
export function stepSettings(lesson: Lesson, step: LessonStep): Settings {
  return { ...DEFAULT_SETTINGS, ...lesson.base, ...step.setup.settings };
}

/**
 * Puts a widget store where a step starts: playback paused, any imported model set aside, the
 * step's settings and cursor, unit 0. Returns the store's refusal, if any (a lesson bug:
 * test/lessons checks that none refuses).
 */
export function applyStep(
  store: GateScopeStore,
  lesson: Lesson,
  step: LessonStep,
): SettingsProblem | null {
  const s = store.getState();
  s.pause();
  if (s.loaded !== null) s.unloadModel();
  const settings = stepSettings(lesson, step);
  const same = JSON.stringify(settings) === JSON.stringify(store.getState().settings);
  const problem = same ? null : store.getState().update(settings);
  const cursor = step.setup.cursor ?? { t: 0, sub: 0 };
  store.getState().setTimeStep(cursor.t);
  store.getState().setSubstep(cursor.sub);
  store.getState().setUnit(0);
  return problem;
}
