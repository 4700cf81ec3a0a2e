import { useId } from 'react';
import { Heatmap } from '../../charts';
import { useLang, useMessages } from '../../i18n';
import {
  selectCheckpoints,
  selectShowCheckpoint,
  selectShownCheckpoint,
  selectShownIndex,
  selectShownProbe,
  selectProbeSummary,
} from '../../store/training';
import { trainingMessages } from './messages';
import { useTraining } from './TrainingProvider';

/**
 * How the gates changed during training: a slider over the kept checkpoints, and the probe
 * sequence run with that checkpoint's weights (the memory gate and the state it keeps).
 */
export function CheckpointPanel() {
  const id = useId();
  const lang = useLang();
  const m = useMessages(trainingMessages);
  const checkpoints = useTraining(selectCheckpoints);
  const index = useTraining(selectShownIndex);
  const shown = useTraining(selectShownCheckpoint);
  const probe = useTraining((s) => selectShownProbe(s, lang));
  const show = useTraining(selectShowCheckpoint);
  const summary = useTraining((s) => selectProbeSummary(s, lang));
  const last = checkpoints.length - 1;
  const percent = (a: number | null) => (a === null ? '' : m.heldOutAccuracy((100 * a).toFixed(1)));
  const text = shown ? `${m.atUpdate(shown.update)}${percent(shown.accuracy)}` : m.noneYet;
  return (
    <section className="panel training-checkpoints" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.gatesDuringTraining}</h2>
      <p className="training-hint">{m.checkpointHint}</p>
      <div className="training-field training-range">
        <label htmlFor={id}>{m.checkpoint}</label>
        <output htmlFor={id} aria-hidden="true">
          {text}
        </output>
        <input
          id={id}
          type="range"
          min={0}
          max={Math.max(0, last)}
          step={1}
          value={Math.max(0, index)}
          disabled={last < 1}
          aria-valuetext={text}
          onChange={(e) => {
            const i = Number(e.target.value);
            show(i === last ? null : checkpoints[i].update);
          }}
        />
      </div>
      {probe && (
        <>
          <p className="training-probe-summary">
            {m.probeSummary(String(shown?.update ?? ''), summary ?? '')}
          </p>
          <div className="training-heatmaps">
            {probe.maps.map((m) => (
              <Heatmap
                key={m.title}
                title={m.title}
                values={m.values}
                rows={m.rows}
                cols={m.cols}
                scale={{ kind: m.scale }}
                step={m.step}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
