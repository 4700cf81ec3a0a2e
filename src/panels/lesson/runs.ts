import { TRAINING_PRESETS, createTrainingStore, type TrainingState } from '../../store/training';
import type { TrainingStore } from '../../store/training';
import { TRAINING_RUNS, type RunSummary, type TrainingRunId } from '../../lessons/types';

/** Each run's network, as the lesson names it. */
export const RUN_NAMES: Record<TrainingRunId, string> = {
  'lstm-open': 'LSTM',
  'gru-open': 'GRU',
  rnn: 'RNN',
};

/** Updates each lesson run trains for, as the training presets' claims count them. */
export const RUN_BUDGET = 300;
/** The held-out accuracy a run must reach to count as having learnt the task. */
export const TARGET_ACCURACY = 0.95;

/** A run's outcome so far, from its training store. */
export function runSummary(s: TrainingState): RunSummary {
  const { evals } = s;
  let reachedAt: number | null = null;
  for (let i = 0; i < evals.length && reachedAt === null; i++) {
    if (evals.accuracy[i] >= TARGET_ACCURACY) reachedAt = evals.update[i];
  }
  const latest = s.checkpoints[s.checkpoints.length - 1];
  const updates = s.history.length;
  return {
    updates,
    accuracy: latest?.accuracy ?? null,
    reachedAt,
    finished: updates >= RUN_BUDGET && s.status !== 'training' && s.status !== 'pausing',
  };
}

/** A fresh training store for each lesson run, on its training-lab preset. */
export function createRunStores(): Record<TrainingRunId, TrainingStore> {
  const config = (id: TrainingRunId) => {
    const preset = TRAINING_PRESETS.find((p) => p.id === id);
    if (!preset) throw new RangeError(`No training preset ${id}`);
    return preset.config;
  };
  return Object.fromEntries(
    TRAINING_RUNS.map((id) => [id, createTrainingStore(config(id))]),
  ) as Record<TrainingRunId, TrainingStore>;
}
