import { useMessages } from '../i18n';
import { CheckpointPanel } from '../panels/training/CheckpointPanel';
import { ModelFields } from '../panels/training/ModelFields';
import { OptimiserFields } from '../panels/training/OptimiserFields';
import { TaskSettings } from '../panels/training/TaskSettings';
import { TrainingBar, type OpenTrained } from '../panels/training/TrainingBar';
import { TrainingCharts } from '../panels/training/TrainingCharts';
import { TrainingMessage } from '../panels/training/TrainingMessage';
import { TrainingPresets } from '../panels/training/TrainingPresets';
import { trainingMessages } from '../panels/training/messages';
import '../panels/settings/settings.css';
import '../panels/training/training.css';

/**
 * The training lab: a task, a network and an optimiser on the side; training in a worker with
 * live loss, gradient-norm, accuracy and speed plots; the gates of a probe sequence at every
 * checkpoint. Lives inside a <TrainingProvider>. `onOpenInStepper` and `onOpenInLab` (from the
 * page) take the trained model to the cell stepper or the gradient lab.
 */
export function TrainingView({ onOpenInStepper, onOpenInLab }: OpenTrained) {
  const m = useMessages(trainingMessages);
  return (
    <div className="training">
      <section className="panel training-main" aria-label={m.main}>
        <TrainingBar onOpenInStepper={onOpenInStepper} onOpenInLab={onOpenInLab} />
        <TrainingMessage />
        <TrainingCharts />
      </section>
      <aside className="training-side" aria-label={m.settings}>
        <div className="panel training-settings">
          <TaskSettings />
        </div>
        <TrainingPresets />
        <div className="panel training-settings">
          <ModelFields />
          <OptimiserFields />
        </div>
      </aside>
      <CheckpointPanel />
    </div>
  );
}
