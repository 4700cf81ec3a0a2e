import {
  selectDivergence,
  selectTrainingError,
  selectTrainingStatus,
  selectUpdates,
  type TrainingState,
} from '../../store/training';
import { useTraining } from './TrainingProvider';

const STATUS: Record<TrainingState['status'], string> = {
  ready: 'Ready: the model is as initialised from the seed. Press Train, or Train one step.',
  training: 'Training in a background worker: the page stays responsive.',
  pausing: 'Pausing…',
  stepping: 'Training one step…',
  paused: 'Paused.',
  diverged: 'Stopped: training diverged.',
  failed: 'Training could not run.',
};

/**
 * Where training stands, in words; and when it stopped on a non-finite value, what happened,
 * what was kept and what to try (an alert, so it is announced).
 */
export function TrainingMessage() {
  const status = useTraining(selectTrainingStatus);
  const updates = useTraining(selectUpdates);
  const divergence = useTraining(selectDivergence);
  const error = useTraining(selectTrainingError);
  return (
    <>
      <p className="training-status" role="status">
        {status === 'paused' ? `Paused after update ${updates}.` : STATUS[status]}
      </p>
      {divergence && (
        <div className="training-alert" role="alert">
          <strong>Training diverged at update {divergence.at}:</strong> {divergence.reason}.
          Training stopped; the last finite checkpoint (update {divergence.kept}) stays loaded and
          is what Export model saves. Turn on gradient clipping (e.g. at norm 1) or use a smaller
          learning rate, then press Reset training.
        </div>
      )}
      {error && (
        <div className="training-alert" role="alert">
          {error}
        </div>
      )}
    </>
  );
}
