/** Named selectors of the training store: the training panels read it only through these. */
import type { Checkpoint } from '../../workers/protocol';
import type { Lang } from '../../i18n/lang';
import { cached } from '../memo';
import { downsample, type ChartHistory } from './downsample';
import { trainingStoreMessages } from './messages';
import { probeView, type ProbeView } from './probeView';
import { taskInfo } from './tasks';
import type { TrainingState as S } from './trainingStore';

export const selectTrainingConfig = (s: S) => s.config;
export const selectTrainingStatus = (s: S) => s.status;
export const selectDivergence = (s: S) => s.divergence;
export const selectTrainingError = (s: S) => s.error;
export const selectShowCheckpoint = (s: S) => s.showCheckpoint;
export const selectCheckpoints = (s: S) => s.checkpoints;
export const selectEvals = (s: S) => s.evals;
/** Updates done in this run. */
export const selectUpdates = (s: S) => s.history.length;

export const selectCanTrain = (s: S) => s.status === 'ready' || s.status === 'paused';
export const selectCanPause = (s: S) => s.status === 'training';
export const selectCanStep = selectCanTrain;

/** Whether the current task scores answers as right or wrong. */
export const selectHasAccuracy = (s: S) => taskInfo(s.config.task).hasAccuracy;

/** The newest checkpoint: the model as it is now (or, after a divergence, the last finite). */
export const selectLatestCheckpoint = (s: S): Checkpoint | null =>
  s.checkpoints[s.checkpoints.length - 1] ?? null;

/** The index of the checkpoint the slider shows: the one nearest `shownUpdate`, else the newest. */
export function selectShownIndex(s: S): number {
  const list = s.checkpoints;
  if (s.shownUpdate === null || list.length === 0) return list.length - 1;
  let best = 0;
  for (let i = 1; i < list.length; i++) {
    const d = Math.abs(list[i].update - s.shownUpdate);
    if (d < Math.abs(list[best].update - s.shownUpdate)) best = i;
  }
  return best;
}

export const selectShownCheckpoint = (s: S): Checkpoint | null =>
  s.checkpoints[selectShownIndex(s)] ?? null;

/**
 * "97.5%" (shown as "Accuracy 97.5%"): held-out accuracy at the newest checkpoint, to 0.1%;
 * null before the first checkpoint and for tasks without accuracy.
 */
export function selectAccuracyPercent(s: S): string | null {
  const a = selectLatestCheckpoint(s)?.accuracy;
  return a === null || a === undefined ? null : `${(100 * a).toFixed(1)}%`;
}

/** Held-out loss at the newest checkpoint (NaN before the first). */
export const selectHeldOutLoss = (s: S) => selectLatestCheckpoint(s)?.loss ?? NaN;

/** The last measured updates per second (NaN before the first measurement). */
export const selectRate = (s: S) =>
  s.history.rateLength > 0 ? s.history.rate[s.history.rateLength - 1] : NaN;

const charts = new WeakMap<object, ChartHistory>();
/** The history in at most ~400 points per curve, cached per history object. */
export const selectChartHistory = (s: S): ChartHistory =>
  cached(charts, s.history, () => downsample(s.history));

/**
 * The shown checkpoint's memory gate in words, beside the first checkpoint's: "mean forget
 * gate f = 0.952 (0.951 at update 0)".
 */
export function selectProbeSummary(s: S, lang: Lang = 'en'): string | null {
  const shown = selectShownProbe(s, lang);
  const first = s.checkpoints[0];
  if (!shown) return null;
  const start = first && first !== selectShownCheckpoint(s) ? probeOf(first, lang).gateMean : null;
  return start === null || shown.gateMean === null
    ? shown.gateSummary
    : trainingStoreMessages[lang].sinceStart(shown.gateSummary, start.toFixed(3), first.update);
}

const probes: Record<Lang, WeakMap<object, ProbeView>> = { en: new WeakMap(), zh: new WeakMap() };
const probeOf = (c: Checkpoint, lang: Lang) =>
  cached(probes[lang], c, () => probeView(c.probe, lang));

/** The heatmaps of the shown checkpoint's probe run, cached per checkpoint and language. */
export function selectShownProbe(s: S, lang: Lang = 'en'): ProbeView | null {
  const c = selectShownCheckpoint(s);
  return c ? probeOf(c, lang) : null;
}
