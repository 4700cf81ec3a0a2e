import { compareOnTask } from './compareOnTask';
import { fromPyTorch } from './fromPyTorch';
import { gruFourSteps } from './gruFourSteps';
import type { LessonId } from './ids';
import { lstmSixSteps } from './lstmSixSteps';
import { rnnForgets } from './rnnForgets';
import type { Lesson } from './types';

/** Every lesson, in the order the picker lists them. */
export const LESSONS: readonly Lesson[] = [
  rnnForgets,
  lstmSixSteps,
  gruFourSteps,
  compareOnTask,
  fromPyTorch,
];

/** The lesson of an id. */
export function lessonById(id: LessonId): Lesson {
  const lesson = LESSONS.find((l) => l.id === id);
  if (!lesson) throw new RangeError(`No lesson ${id}`);
  return lesson;
}
