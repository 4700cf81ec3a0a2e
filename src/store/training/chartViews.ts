/**
 * The training charts' props from the store: points, series labels and the sentence each chart
 * is described by. Cached on the history (or held-out scores) object, so a chart re-renders
 * only when new updates have landed.
 */
import { cached } from '../memo';
import { selectChartHistory } from './selectors';
import type { TrainingState as S } from './trainingStore';

/** One line of a training chart. */
export interface TrainingSeries {
  readonly label: string;
  readonly values: ArrayLike<number>;
}

/** What a training chart draws: points at updates x, lines, and its description. */
export interface TrainingChartView {
  readonly x: ArrayLike<number>;
  readonly series: readonly TrainingSeries[];
  readonly summary: string;
  /** Per point: how many updates were clipped. */
  readonly clipped?: ArrayLike<number>;
  /** Whether any update was clipped. */
  readonly anyClipped?: boolean;
}

/** Plain notation that copies cleanly (`3.1e-9`, `0.6931`, `Infinity`), as the charts write it. */
const formatPlain = (v: number, digits = 4) =>
  Number.isFinite(v) ? String(Number(v.toPrecision(digits))) : String(v);
const per = (k: number) => (k > 1 ? ` (per ${k} updates)` : '');
const pct = (v: number) => `${formatPlain(100 * v, 3)}%`;

/** First and last value in words: "from 0.6931 at update 1 to 0.0412 at update 300". */
function span(x: ArrayLike<number>, v: ArrayLike<number>, show = (n: number) => formatPlain(n)) {
  const n = x.length;
  if (n === 0) return 'no updates yet';
  return `from ${show(v[0])} at update ${x[0]} to ${show(v[n - 1])} at update ${x[n - 1]}`;
}

const losses = new WeakMap<object, TrainingChartView>();
export const selectLossView = (s: S): TrainingChartView =>
  cached(losses, s.history, () => {
    const h = selectChartHistory(s);
    return {
      x: h.update,
      series: [{ label: `training loss${per(h.k)}`, values: h.loss }],
      summary: `training loss ${span(h.update, h.loss)}`,
    };
  });

const grads = new WeakMap<object, TrainingChartView>();
export const selectGradientView = (s: S): TrainingChartView =>
  cached(grads, s.history, () => {
    const h = selectChartHistory(s);
    let max = 0;
    let clipped = 0;
    for (let i = 0; i < h.update.length; i++) {
      if (!(h.gradNorm[i] <= max)) max = h.gradNorm[i];
      clipped += h.clipped[i];
    }
    const n = s.history.length;
    return {
      x: h.update,
      series: [
        {
          label: `‖g‖ before clipping${h.k > 1 ? ` (largest of ${h.k})` : ''}`,
          values: h.gradNorm,
        },
      ],
      clipped: h.clipped,
      anyClipped: clipped > 0,
      summary:
        n === 0
          ? 'no updates yet'
          : `largest ‖g‖ ${formatPlain(max)} over ${n} updates; ${clipped} clipped`,
    };
  });

const accuracies = new WeakMap<object, TrainingChartView>();
export const selectAccuracyView = (s: S): TrainingChartView =>
  cached(accuracies, s.evals, () => {
    const e = s.evals;
    const x = e.update.subarray(0, e.length);
    const values = e.accuracy.subarray(0, e.length);
    return {
      x,
      series: [{ label: 'held-out accuracy', values }],
      summary: `held-out accuracy ${span(x, values, pct)}`,
    };
  });

const rates = new WeakMap<object, TrainingChartView>();
export const selectRateView = (s: S): TrainingChartView =>
  cached(rates, s.history, () => {
    const h = s.history;
    const x = h.rateAt.subarray(0, h.rateLength);
    const values = h.rate.subarray(0, h.rateLength);
    return {
      x,
      series: [{ label: 'updates per second', values }],
      summary: `updates per second ${span(x, values, (v) => formatPlain(v, 3))}`,
    };
  });
