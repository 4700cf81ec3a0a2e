import { TASKS, type Task } from '../../engine';
import type { Lang } from '../../i18n/lang';
import { taskDescriptions, taskLabels } from './messages';

/** How the lab names and explains one task. */
export interface TaskInfo {
  readonly id: Task['id'];
  /** The option's label in the "Task" choice, in English (`taskText` words it in any language). */
  readonly label: string;
  /** What the network sees and what it must answer, in a sentence or two, in English. */
  readonly description: string;
  /** Whether the task counts answers as right or wrong (else only the loss is shown). */
  readonly hasAccuracy: boolean;
}

/** Every task of the lab, in the order the "Task" choice lists them. */
export const TASK_INFO: readonly TaskInfo[] = (Object.keys(taskLabels.en) as Task['id'][]).map(
  (id) => ({
    id,
    ...taskText(id, 'en'),
    hasAccuracy: TASKS[id].objective === 'ce' || TASKS[id].isCorrect !== undefined,
  }),
);

/** The lab's description of a task. */
export function taskInfo(id: Task['id']): TaskInfo {
  return TASK_INFO.find((t) => t.id === id) ?? TASK_INFO[0];
}

/** A task's label and description in `lang`. */
export function taskText(id: Task['id'], lang: Lang): Pick<TaskInfo, 'label' | 'description'> {
  return { label: taskLabels[lang][id], description: taskDescriptions[lang][id] };
}
