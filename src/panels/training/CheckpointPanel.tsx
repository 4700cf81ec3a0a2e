import { useId } from 'react';
import { Heatmap } from '../../charts';
import {
  selectCheckpoints,
  selectShowCheckpoint,
  selectShownCheckpoint,
  selectShownIndex,
  selectShownProbe,
  selectProbeSummary,
} from '../../store/training';
import { useTraining } from './TrainingProvider';

const percent = (a: number | null) =>
  a === null ? '' : `, held-out accuracy ${(100 * a).toFixed(1)}%`;

/**
 * How the gates changed during training: a slider over the kept checkpoints, and the probe
 * sequence run with that checkpoint's weights (the memory gate and the state it keeps).
 */
export function CheckpointPanel() {
  const id = useId();
  const checkpoints = useTraining(selectCheckpoints);
  const index = useTraining(selectShownIndex);
  const shown = useTraining(selectShownCheckpoint);
  const probe = useTraining(selectShownProbe);
  const show = useTraining(selectShowCheckpoint);
  const summary = useTraining(selectProbeSummary);
  const last = checkpoints.length - 1;
  const text = shown ? `update ${shown.update}${percent(shown.accuracy)}` : 'none yet';
  return (
    <section className="panel training-checkpoints" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Gates during training</h2>
      <p className="training-hint">
        A fixed probe sequence of the task, run with the weights saved at each checkpoint (every 25
        updates, on pause and on each single step). Drag to see how the gates changed.
      </p>
      <div className="training-field training-range">
        <label htmlFor={id}>Checkpoint</label>
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
            At update {shown?.update}: {summary} on the probe sequence.
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
