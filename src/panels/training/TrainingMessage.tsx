import { useLang, useMessages } from '../../i18n';
import {
  divergenceReason,
  failureText,
  selectDivergence,
  selectTrainingError,
  selectTrainingStatus,
  selectUpdates,
} from '../../store/training';
import { trainingMessages } from './messages';
import { useTraining } from './TrainingProvider';

/**
 * Where training stands, in words; and when it stopped on a non-finite value, what happened,
 * what was kept and what to try (an alert, so it is announced).
 */
export function TrainingMessage() {
  const status = useTraining(selectTrainingStatus);
  const updates = useTraining(selectUpdates);
  const divergence = useTraining(selectDivergence);
  const error = useTraining(selectTrainingError);
  const lang = useLang();
  const m = useMessages(trainingMessages);
  return (
    <>
      <p className="training-status" role="status">
        {status === 'paused' ? m.pausedAfter(updates) : m[status]}
      </p>
      {divergence && (
        <div className="training-alert" role="alert">
          <strong>{m.divergedAt(divergence.at)}</strong>
          {m.divergedAdvice(divergenceReason(divergence.reason, lang), divergence.kept)}
        </div>
      )}
      {error && (
        <div className="training-alert" role="alert">
          {failureText(error, lang)}
        </div>
      )}
    </>
  );
}
