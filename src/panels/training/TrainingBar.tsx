import { useState } from 'react';
import { downloadBlob } from '../../charts/exportChart';
import { useLang, useMessages } from '../../i18n';
import { modelProblemText, type LoadedModel, type ModelProblem } from '../../store';
import {
  checkpointForStepper,
  modelFilename,
  modelJson,
  selectAccuracyPercent,
  selectCanPause,
  selectCanStep,
  selectCanTrain,
  selectHasAccuracy,
  selectHeldOutLoss,
  selectLatestCheckpoint,
  selectRate,
  selectTrainingConfig,
  selectTrainingStatus,
  selectUpdates,
  type TrainingState,
} from '../../store/training';
import { trainingMessages } from './messages';
import { useTraining, useTrainingSession } from './TrainingProvider';

const plain = (v: number, digits: number) =>
  Number.isFinite(v) ? String(Number(v.toPrecision(digits))) : '—';

/** Store reads for the metrics, each a primitive so the bar re-renders only on change. */
/** The last measured rate (kept while paused), or — before any. */
const selectRateText = (s: TrainingState) => plain(selectRate(s), 3);
const selectLossText = (s: TrainingState) => plain(selectHeldOutLoss(s), 3);

/** Loads a model into the cell stepper and shows it; returns why it could not, or null. */
export type OpenInStepper = (loaded: LoadedModel) => ModelProblem | null;

/** Where the page can show a trained model: the cell stepper and the gradient lab. */
export interface OpenTrained {
  readonly onOpenInStepper?: OpenInStepper;
  readonly onOpenInLab?: OpenInStepper;
}

/**
 * The training lab's action bar: Train, Pause, Train one step, Reset training, the live figures
 * (update, held-out accuracy and loss, updates per second), Export model and, when the page has
 * them, Open in stepper and Open in gradient lab.
 */
export function TrainingBar({ onOpenInStepper, onOpenInLab }: OpenTrained) {
  const session = useTrainingSession();
  const canTrain = useTraining(selectCanTrain);
  const canPause = useTraining(selectCanPause);
  const canStep = useTraining(selectCanStep);
  const status = useTraining(selectTrainingStatus);
  const updates = useTraining(selectUpdates);
  const hasAccuracy = useTraining(selectHasAccuracy);
  const accuracy = useTraining(selectAccuracyPercent);
  const loss = useTraining(selectLossText);
  const rate = useTraining(selectRateText);
  const latest = useTraining(selectLatestCheckpoint);
  const config = useTraining(selectTrainingConfig);
  const [openProblem, setOpenProblem] = useState<ModelProblem | null>(null);
  const m = useMessages(trainingMessages);
  const lang = useLang();

  const exportModel = () => {
    if (!latest) return;
    const text = JSON.stringify(modelJson(latest, config));
    downloadBlob(new Blob([text], { type: 'application/json' }), modelFilename(latest, config));
  };

  const openIn = (open: OpenInStepper | undefined) => {
    if (latest && open) setOpenProblem(open(checkpointForStepper(latest, config)));
  };

  // What can be done with the newest checkpoint: [label, tooltip, action], absent without a target.
  const checkpointActions: [string, (update: number) => string, (() => void) | undefined][] = [
    [m.exportModel, m.exportTitle, exportModel],
    [m.openInStepper, m.openTitle, onOpenInStepper && (() => openIn(onOpenInStepper))],
    [m.openInLab, m.openInLabTitle, onOpenInLab && (() => openIn(onOpenInLab))],
  ];

  return (
    <div className="training-bar" data-status={status}>
      <div className="training-buttons">
        <button type="button" className="primary" disabled={!canTrain} onClick={session.train}>
          {m.train}
        </button>
        <button type="button" disabled={!canPause} onClick={session.pause}>
          {m.pause}
        </button>
        <button type="button" disabled={!canStep} onClick={session.step}>
          {m.trainOneStep}
        </button>
        <button type="button" onClick={session.reset}>
          {m.resetTraining}
        </button>
      </div>
      <p className="training-figures">
        <span>
          {m.update} <b>{updates}</b>
        </span>
        {hasAccuracy && (
          <span className="training-accuracy" title={m.accuracyTitle}>
            {/* One text node, so that "Accuracy 97.5%" reads (and is found) as one phrase. */}
            {m.accuracy(accuracy ?? '—')}
          </span>
        )}
        <span title={m.lossTitle}>
          {m.loss} <b>{loss}</b>
        </span>
        <span>
          <b>{rate}</b> {m.updatesPerSecond}
        </span>
      </p>
      {checkpointActions.map(
        ([label, title, act]) =>
          act && (
            <button
              key={label}
              type="button"
              className="training-export"
              disabled={!latest}
              onClick={act}
              title={latest ? title(latest.update) : undefined}
            >
              {label}
            </button>
          ),
      )}
      {openProblem && (
        <p role="alert" className="field-message">
          {modelProblemText(openProblem, lang)}
        </p>
      )}
    </div>
  );
}
