import type { Deviations } from '../store/url/deviations';

/**
 * The lessons' ids and step counts: all the URL table needs to read `lesson=` and `step=`, kept
 * apart from the lessons' text so that the first screen does not load it (the registry's tests
 * check that these match the lessons).
 */
export const LESSON_STEP_COUNTS = {
  'rnn-forgets': 4,
  'lstm-six-steps': 7,
  'gru-four-steps': 5,
  'compare-on-task': 5,
  'from-pytorch': 4,
} as const;

/** A lesson's id, as the URL's `lesson=` names it. */
export type LessonId = keyof typeof LESSON_STEP_COUNTS;

/** Every lesson, in the order the picker lists them. */
export const LESSON_IDS = Object.keys(LESSON_STEP_COUNTS) as LessonId[];

/** Where the lessons view stands: the lesson ('' : the list of lessons) and its step, from 1. */
export interface LessonPlace {
  readonly lesson: LessonId | '';
  readonly step: number;
}

/**
 * A lesson place to show and, when it comes from a URL, the settings the URL changes of what
 * the step sets up (the student's own changes, restored from a link or by Back / Forward).
 */
export interface LessonRequest extends LessonPlace {
  readonly deviations?: Deviations;
}
