import { TASKS, type Task } from '../../engine';

/** How the lab names and explains one task. */
export interface TaskInfo {
  readonly id: Task['id'];
  /** The option's label in the "Task" choice. */
  readonly label: string;
  /** What the network sees and what it must answer, in a sentence or two. */
  readonly description: string;
  /** Whether the task counts answers as right or wrong (else only the loss is shown). */
  readonly hasAccuracy: boolean;
}

const TEXT: Record<Task['id'], Pick<TaskInfo, 'label' | 'description'>> = {
  remember: {
    label: 'Remember the first value',
    description:
      'A sign ±1 comes at t = 0 (marked on a second channel), then random distractors on the same channel. At the last step the network must say which sign came first: it has to hold one bit through the whole sequence. Chance is 50%.',
  },
  adding: {
    label: 'Adding problem',
    description:
      'Random values in [0, 1] on one channel, two of them marked on a second (Hochreiter & Schmidhuber 1997). At the last step the network must output the sum of the two marked values; within 0.04 counts as right.',
  },
  sine: {
    label: 'Next value of a sine',
    description:
      'A noisy sine wave of random frequency and phase; at every step the network predicts the next clean value. Regression: only the mean squared error is shown.',
  },
  'chars-en': {
    label: 'Next character (English)',
    description:
      'One-hot characters of a short English text in, a softmax over its characters out: at every step the network predicts the next character.',
  },
  'chars-zh': {
    label: 'Next character (Chinese)',
    description:
      'One-hot characters of a short Chinese text in, a softmax over its characters out: at every step the network predicts the next character.',
  },
};

/** Every task of the lab, in the order the "Task" choice lists them. */
export const TASK_INFO: readonly TaskInfo[] = (Object.keys(TEXT) as Task['id'][]).map((id) => ({
  id,
  ...TEXT[id],
  hasAccuracy: TASKS[id].objective === 'ce' || TASKS[id].isCorrect !== undefined,
}));

/** The lab's description of a task. */
export function taskInfo(id: Task['id']): TaskInfo {
  return TASK_INFO.find((t) => t.id === id) ?? TASK_INFO[0];
}
