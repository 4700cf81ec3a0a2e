import { useLang, useMessages } from '../../i18n';
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
import { trainingMessages } from './messages';
import { useTraining } from './TrainingProvider';

const colour = (v: TrainingChartView, c: string) => v.series.map((s) => ({ ...s, colour: c }));
const percent = (v: number) => `${Math.round(100 * v)}%`;

/** Loss (log axis). */
function LossChart() {
  const lang = useLang();
  const m = useMessages(trainingMessages);
  const v = useTraining((s) => selectLossView(s, lang));
  return (
    <UpdateChart
      title={m.lossChart}
      summary={v.summary}
      x={v.x}
      series={colour(v, OKABE_ITO.blue)}
      yScale="log"
      yLabel={m.lossAxis}
      empty={m.noUpdatesYet}
    />
  );
}

/** The global gradient norm before clipping (log axis), clipped updates marked. */
function GradientChart() {
  const lang = useLang();
  const m = useMessages(trainingMessages);
  const v = useTraining((s) => selectGradientView(s, lang));
  const { clip, clipNorm } = useTraining(selectTrainingConfig);
  return (
    <UpdateChart
      title={m.gradientChart}
      summary={v.summary}
      x={v.x}
      series={colour(v, OKABE_ITO.purple)}
      yScale="log"
      yLabel={m.gradientAxis}
      marks={
        v.clipped && (clip || v.anyClipped) ? { label: m.clipped, values: v.clipped } : undefined
      }
      threshold={clip ? { value: clipNorm, label: m.clipThreshold(clipNorm) } : undefined}
      empty={m.noUpdatesYet}
    />
  );
}

/** Held-out accuracy at each checkpoint. */
function AccuracyChart() {
  const lang = useLang();
  const m = useMessages(trainingMessages);
  const v = useTraining((s) => selectAccuracyView(s, lang));
  return (
    <UpdateChart
      title={m.accuracyChart}
      summary={v.summary}
      x={v.x}
      series={colour(v, OKABE_ITO.green)}
      yDomain={[0, 1]}
      yFormat={percent}
      yLabel={m.accuracyAxis}
      threshold={{ value: 0.95, label: '95%' }}
    />
  );
}

/** Updates per second, as measured in the worker. */
function RateChart() {
  const lang = useLang();
  const m = useMessages(trainingMessages);
  const v = useTraining((s) => selectRateView(s, lang));
  return (
    <UpdateChart
      title={m.rateChart}
      summary={v.summary}
      x={v.x}
      series={colour(v, OKABE_ITO.orange)}
      yLabel={m.rateAxis}
      empty={m.measuredWhileTraining}
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
