import { OKABE_ITO } from '../../theme';
import {
  selectAccuracyView,
  selectGradientView,
  selectHasAccuracy,
  selectLossView,
  selectRateView,
  selectTrainingConfig,
  type TrainingChartView,
} from '../../store/training';
import { UpdateChart } from './chart/UpdateChart';
import { useTraining } from './TrainingProvider';

const EMPTY = 'No updates yet: press Train';
const colour = (v: TrainingChartView, c: string) => v.series.map((s) => ({ ...s, colour: c }));
const percent = (v: number) => `${Math.round(100 * v)}%`;

/** Loss (log axis). */
function LossChart() {
  const v = useTraining(selectLossView);
  return (
    <UpdateChart
      title="Loss"
      summary={v.summary}
      x={v.x}
      series={colour(v, OKABE_ITO.blue)}
      yScale="log"
      yLabel="loss (log)"
      empty={EMPTY}
    />
  );
}

/** The global gradient norm before clipping (log axis), clipped updates marked. */
function GradientChart() {
  const v = useTraining(selectGradientView);
  const { clip, clipNorm } = useTraining(selectTrainingConfig);
  return (
    <UpdateChart
      title="Gradient norm"
      summary={v.summary}
      x={v.x}
      series={colour(v, OKABE_ITO.purple)}
      yScale="log"
      yLabel="‖g‖ (log)"
      marks={
        v.clipped && (clip || v.anyClipped) ? { label: 'clipped', values: v.clipped } : undefined
      }
      threshold={clip ? { value: clipNorm, label: `clipping threshold ${clipNorm}` } : undefined}
      empty={EMPTY}
    />
  );
}

/** Held-out accuracy at each checkpoint. */
function AccuracyChart() {
  const v = useTraining(selectAccuracyView);
  return (
    <UpdateChart
      title="Accuracy"
      summary={v.summary}
      x={v.x}
      series={colour(v, OKABE_ITO.green)}
      yDomain={[0, 1]}
      yFormat={percent}
      yLabel="held-out accuracy"
      threshold={{ value: 0.95, label: '95%' }}
    />
  );
}

/** Updates per second, as measured in the worker. */
function RateChart() {
  const v = useTraining(selectRateView);
  return (
    <UpdateChart
      title="Updates per second"
      summary={v.summary}
      x={v.x}
      series={colour(v, OKABE_ITO.orange)}
      yLabel="updates / s"
      empty="Measured while training"
    />
  );
}

/** The live plots of training. */
export function TrainingCharts() {
  const hasAccuracy = useTraining(selectHasAccuracy);
  return (
    <div className="training-charts">
      <LossChart />
      <GradientChart />
      {hasAccuracy && <AccuracyChart />}
      <RateChart />
    </div>
  );
}
