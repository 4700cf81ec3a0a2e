/**
 * The training charts' props from the store: points, series labels and the sentence each chart
 * is described by, in a language. Cached on the history (or held-out scores) object and the
 * language, so a chart re-renders only when new updates have landed (or the language changes).
 */
import type { Lang } from '../../i18n/lang';
import { cached } from '../memo';
import { trainingStoreMessages } from './messages';
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
const pct = (v: number) => `${formatPlain(100 * v, 3)}%`;

type Words = (typeof trainingStoreMessages)['en'];

/** First and last value in words: "from 0.6931 at update 1 to 0.0412 at update 300". */
function span(
  m: Words,
  x: ArrayLike<number>,
  v: ArrayLike<number>,
  show = (n: number) => formatPlain(n),
) {
  const n = x.length;
  if (n === 0) return m.noSpan;
  return m.span(show(v[0]), x[0], show(v[n - 1]), x[n - 1]);
}

/** A WeakMap per language: a view is worded once per history object and language. */
const perLang = <V>(): Record<Lang, WeakMap<object, V>> => ({
  en: new WeakMap(),
  zh: new WeakMap(),
});

const losses = perLang<TrainingChartView>();
export const selectLossView = (s: S, lang: Lang = 'en'): TrainingChartView =>
  cached(losses[lang], s.history, () => {
    const m = trainingStoreMessages[lang];
    const h = selectChartHistory(s);
    return {
      x: h.update,
      series: [{ label: `${m.trainingLoss}${h.k > 1 ? m.perUpdates(h.k) : ''}`, values: h.loss }],
      summary: m.lossSummary(span(m, h.update, h.loss)),
    };
  });

const grads = perLang<TrainingChartView>();
export const selectGradientView = (s: S, lang: Lang = 'en'): TrainingChartView =>
  cached(grads[lang], s.history, () => {
    const m = trainingStoreMessages[lang];
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
          label: `${m.gradBeforeClipping}${h.k > 1 ? m.largestOf(h.k) : ''}`,
          values: h.gradNorm,
        },
      ],
      clipped: h.clipped,
      anyClipped: clipped > 0,
      summary: n === 0 ? m.noUpdates : m.gradSummary(formatPlain(max), n, clipped),
    };
  });

const accuracies = perLang<TrainingChartView>();
export const selectAccuracyView = (s: S, lang: Lang = 'en'): TrainingChartView =>
  cached(accuracies[lang], s.evals, () => {
    const m = trainingStoreMessages[lang];
    const e = s.evals;
    const x = e.update.subarray(0, e.length);
    const values = e.accuracy.subarray(0, e.length);
    return {
      x,
      series: [{ label: m.heldOutAccuracy, values }],
      summary: m.accuracySummary(span(m, x, values, pct)),
    };
  });

const rates = perLang<TrainingChartView>();
export const selectRateView = (s: S, lang: Lang = 'en'): TrainingChartView =>
  cached(rates[lang], s.history, () => {
    const m = trainingStoreMessages[lang];
    const h = s.history;
    const x = h.rateAt.subarray(0, h.rateLength);
    const values = h.rate.subarray(0, h.rateLength);
    return {
      x,
      series: [{ label: m.updatesPerSecond, values }],
      summary: m.rateSummary(span(m, x, values, (v) => formatPlain(v, 3))),
    };
  });
