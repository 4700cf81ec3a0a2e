import { TASK_INFO, selectTrainingConfig, taskInfo } from '../../store/training';
import { Choice } from './fields/Choice';
import { useTraining, useTrainingSession } from './TrainingProvider';

const OPTIONS = TASK_INFO.map((t) => [t.id, t.label] as const);

/** The "Task" choice and what the chosen task asks of the network. */
export function TaskSettings() {
  const { configure } = useTrainingSession();
  const { task } = useTraining(selectTrainingConfig);
  return (
    <Choice
      label="Task"
      value={task}
      options={OPTIONS}
      hint={taskInfo(task).description}
      onChange={(t) => configure({ task: t })}
    />
  );
}
