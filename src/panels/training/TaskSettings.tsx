import { useLang, useMessages } from '../../i18n';
import { TASK_INFO, selectTrainingConfig, taskText } from '../../store/training';
import { Choice } from './fields/Choice';
import { trainingMessages } from './messages';
import { useConfigure, useTraining } from './TrainingProvider';

/** The "Task" choice and what the chosen task asks of the network. */
export function TaskSettings() {
  const configure = useConfigure();
  const { task } = useTraining(selectTrainingConfig);
  const lang = useLang();
  const m = useMessages(trainingMessages);
  const options = TASK_INFO.map((t) => [t.id, taskText(t.id, lang).label] as const);
  return (
    <Choice
      label={m.task}
      value={task}
      options={options}
      hint={taskText(task, lang).description}
      onChange={(t) => configure({ task: t })}
    />
  );
}
