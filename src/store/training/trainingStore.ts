/**
 * The training lab's store, one per widget: the config, the live history, the checkpoints and
 * where training stands. The worker's events reach it through `applyEvents`, called at most
 * once per animation frame with everything that arrived since the last frame.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Checkpoint, Divergence, TrainEvent } from '../../workers/protocol';
import { addCheckpoint, addEval, emptyEvals, type EvalHistory } from './checkpoints';
import { TRAINING_DEFAULTS, trainingConfigProblem, type TrainingConfig } from './config';
import { appendProgress, emptyHistory, type TrainingHistory } from './history';
import { trainingFailureMessages } from './messages';
import type { Lang } from '../../i18n/lang';

/**
 * Where training stands: `ready` (set up, not trained yet), `training`, `pausing` and
 * `stepping` (asked of the worker, not yet confirmed), `paused`, `diverged` (stopped on a
 * non-finite value) or `failed` (the worker could not run the request).
 */
export type TrainingStatus =
  'ready' | 'training' | 'pausing' | 'stepping' | 'paused' | 'diverged' | 'failed';

/** Why training failed: the worker itself, or a run it could not open; `detail` is English. */
export interface TrainingFailure {
  readonly cause: 'worker' | 'run';
  readonly detail: string;
}

/** A training failure in a language. */
export function failureText(f: TrainingFailure, lang: Lang): string {
  return trainingFailureMessages[lang][f.cause](f.detail);
}

export interface TrainingState {
  readonly config: TrainingConfig;
  /** The number of the current training run; events of other runs are dropped. */
  readonly run: number;
  readonly status: TrainingStatus;
  readonly history: TrainingHistory;
  /** Held-out accuracy and loss at every checkpoint taken. */
  readonly evals: EvalHistory;
  /** Kept checkpoints, oldest first (bounded: see addCheckpoint). */
  readonly checkpoints: readonly Checkpoint[];
  /** The checkpoint the slider shows, by update; null follows the newest. */
  readonly shownUpdate: number | null;
  readonly divergence: Divergence | null;
  /** What went wrong when status is `failed` (`failureText` words it). */
  readonly error: TrainingFailure | null;
  /** Shows the checkpoint of update u (null: always the newest). */
  showCheckpoint(u: number | null): void;
}

export type TrainingStore = StoreApi<TrainingState>;

/** A fresh run's state: empty history, no checkpoints yet. */
export function freshRun(run: number, config: TrainingConfig) {
  return {
    config,
    run,
    status: 'ready' as TrainingStatus,
    history: emptyHistory(),
    evals: emptyEvals(),
    checkpoints: [] as readonly Checkpoint[],
    shownUpdate: null,
    divergence: null,
    error: null,
  };
}

/** A store set up from `init` over the defaults; invalid settings throw. */
export function createTrainingStore(init: Partial<TrainingConfig> = {}): TrainingStore {
  const config = { ...TRAINING_DEFAULTS, ...init };
  const problem = trainingConfigProblem(config);
  if (problem !== null) throw new RangeError(problem);
  return createStore<TrainingState>()((set) => ({
    ...freshRun(1, config),
    showCheckpoint: (u) => set({ shownUpdate: u }),
  }));
}

/** The state after the worker's `events` (those of other runs are ignored). */
export function applyEvents(
  s: TrainingState,
  events: readonly TrainEvent[],
): Partial<TrainingState> {
  let { history, evals, checkpoints, status, divergence, error } = s;
  for (const e of events) {
    if (e.run !== s.run && e.run !== -1) continue;
    switch (e.type) {
      case 'progress':
        history = appendProgress(history, e.batch);
        break;
      case 'checkpoint':
        checkpoints = addCheckpoint(checkpoints, e.checkpoint);
        evals = addEval(evals, e.checkpoint);
        break;
      case 'paused':
        if (status === 'training' || status === 'pausing' || status === 'stepping') {
          status = 'paused';
        }
        break;
      case 'diverged':
        status = 'diverged';
        divergence = e.divergence;
        break;
      case 'error':
        status = 'failed';
        error = { cause: e.cause, detail: e.message };
        break;
    }
  }
  return { history, evals, checkpoints, status, divergence, error };
}
