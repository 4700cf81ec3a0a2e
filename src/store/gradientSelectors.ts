/**
 * Named, memoised selectors of the gradient lab. Each caches on the run object it reads (a new
 * one per run), so a panel re-renders when the run changes and not when the cursor moves.
 */
import type { Gradients, Model } from '../engine';
import { compareKey, COMPARE_CELLS, type CompareRun } from './compare';
import {
  contributionView,
  gatePathView,
  gradientView,
  recurrentSpectralNorm,
  type GatePathView,
  type GradientView,
} from './gradientViews';
import { recurrentScaleOf, type Run } from './derive';
import type { LabAsyncState } from './labAsync';
import { cached } from './memo';
import type { GateScopeState as S } from './state';

const gradientCache = new WeakMap<Gradients, GradientView>();
const gatePathCache = new WeakMap<Gradients, GatePathView | null>();
const contributionCache = new WeakMap<Gradients, ReturnType<typeof contributionView>>();
const spectralCache = new WeakMap<Model, number>();

const runIds = new WeakMap<object, number>();
let runCount = 0;

/**
 * A number for the run the store holds, increasing with each new run: panels write the one they
 * show into `data-run`, so that tests and the benchmark can tell when every plot has caught up.
 */
export const selectRunId = (s: S) => cached(runIds, s.trace, () => ++runCount);

/** The loss BPTT starts from: on the last step or on every step. */
export const selectLoss = (s: S) => s.settings.loss;

/** The gradient-norm plot's curves, ratio sentence, bands and domain. */
export const selectGradientView = (s: S) =>
  cached(gradientCache, s.grads, () => gradientView(s.grads));

/** The parts of a run the lab's derived views read. */
export type RunParts = Pick<Run, 'model' | 'trace' | 'grads'>;

/** "Why it happens" for an LSTM or GRU (null for an RNN), cached on the run. */
export const gatePathOf = (r: RunParts) =>
  cached(gatePathCache, r.grads, () => gatePathView(r.trace, r.grads));

/** Each step's share of ∂L/∂W_hh and its sentence, cached on the run. */
export const contributionsOf = (r: RunParts) =>
  cached(contributionCache, r.grads, () => contributionView(r.model, r.trace, r.grads));

/** σ_max(W_hh) of layer 0, cached on the model. */
const ownSpectralNorm = (model: Model) =>
  cached(spectralCache, model, () => recurrentSpectralNorm(model));

/**
 * σ_max(W_hh) of layer 0. For a model of the settings, |scale| × σ_max of the draw's W_hh
 * (σ_max(aW) = |a| σ_max(W)), so that dragging the recurrent scale runs no Lanczos iteration:
 * the draw's own is computed once. Equal to the model's own to rounding (about 1e-15).
 */
export const spectralNormOf = (model: Model) => {
  const from = recurrentScaleOf(model);
  return from ? Math.abs(from.scale) * ownSpectralNorm(from.drawn) : ownSpectralNorm(model);
};

export const selectGatePathView = (s: S) => gatePathOf(s);
export const selectContributions = (s: S) => contributionsOf(s);
export const selectSpectralNorm = (s: S) => spectralNormOf(s.model);

const orderCache = new WeakMap<LabAsyncState['compare'], CompareRun[]>();

/** The compare view's runs in display order (RNN, LSTM, GRU), those not computed yet left out. */
export const compareListOf = (compare: LabAsyncState['compare']) =>
  cached(orderCache, compare, () => COMPARE_CELLS.flatMap((c) => (compare[c] ? [compare[c]] : [])));

export const selectCompareList = (l: LabAsyncState) => compareListOf(l.compare);

/** The key of the settings the compare view runs (all but the cell). */
export const selectCompareKey = (s: S) => compareKey(s.settings);

/** Whether every compare run is of the settings `s` (all but the cell): none still computing. */
export function compareUpToDate(compare: LabAsyncState['compare'], key: string): boolean {
  return COMPARE_CELLS.every((c) => compare[c] && compareKey(compare[c].settings) === key);
}
