import { useEffect } from 'react';
import { useMessages } from '../../i18n';
import { TRAINING_RUNS, type TrainingRunId } from '../../lessons/types';
import { selectTrainingStatus, selectUpdates, type TrainingStore } from '../../store/training';
import { TrainingBar } from '../training/TrainingBar';
import { TrainingCharts } from '../training/TrainingCharts';
import { TrainingMessage } from '../training/TrainingMessage';
import { TrainingProvider, useTraining, useTrainingSession } from '../training/TrainingProvider';
import { lessonMessages } from './messages';
import { RUN_BUDGET, RUN_NAMES } from './runs';
import '../training/training.css';

/** Pauses the run once it has had its budget of updates. */
function Budget() {
  const updates = useTraining(selectUpdates);
  const status = useTraining(selectTrainingStatus);
  const session = useTrainingSession();
  useEffect(() => {
    if (updates >= RUN_BUDGET && status === 'training') session.pause();
  }, [updates, status, session]);
  return null;
}

interface LessonRunsProps {
  readonly stores: Readonly<Record<TrainingRunId, TrainingStore>>;
  /** The run shown, or null. */
  readonly shown: TrainingRunId | null;
}

/**
 * Lesson 4's three training runs, each the training lab's Train bar and charts in a worker of its
 * own. They stay mounted while the lessons view lives (a run goes on training while another
 * step shows), and each starts its worker the first time it is shown.
 */
export function LessonRuns({ stores, shown }: LessonRunsProps) {
  const t = useMessages(lessonMessages);
  return (
    <>
      {TRAINING_RUNS.map((id) => (
        <TrainingProvider key={id} store={stores[id]} active={shown === id}>
          <section
            className="panel lesson-run training-main"
            aria-label={RUN_NAMES[id]}
            data-run={id}
            hidden={shown !== id}
          >
            <Budget />
            <p className="lesson-budget">{t.budget(RUN_BUDGET)}</p>
            <TrainingBar />
            <TrainingMessage />
            <TrainingCharts />
          </section>
        </TrainingProvider>
      ))}
    </>
  );
}
