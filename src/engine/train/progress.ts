import { createRng } from '../rng';
import { createTrainer, evaluateBatch, type TrainConfig } from './trainer';

/** How a fixed-budget training run went. */
export interface RunSummary {
  /** The first checked update at which held-out accuracy reached the target, or null. */
  readonly reachedAt: number | null;
  /** The last held-out accuracy measured. */
  readonly accuracy: number;
  /** The largest global gradient norm before clipping seen in any update. */
  readonly maxGradNorm: number;
  /** Updates whose gradient was clipped. */
  readonly clippedUpdates: number;
  /** Why training stopped early on a non-finite value, if it did. */
  readonly diverged?: string;
}

/**
 * Trains for at most `budget` updates, measuring accuracy on a held-out batch of `evalSize`
 * sequences (its own seed) every `every` updates, and stops once it reaches `target`.
 */
export function trainUntil(
  config: TrainConfig,
  { budget = 300, target = 0.95, every = 25, evalSize = 256 } = {},
): RunSummary {
  const trainer = createTrainer(config);
  const T = config.seqLen ?? trainer.task.seqLen;
  const held = trainer.task.sample(evalSize, T, createRng((config.seed ^ 0xe7a1) >>> 0));
  let maxGradNorm = 0;
  let clippedUpdates = 0;
  let accuracy = 0;
  for (let s = 1; s <= budget; s++) {
    const stats = trainer.step();
    maxGradNorm = Math.max(maxGradNorm, stats.gradNorm);
    if (stats.clipped) clippedUpdates++;
    if (stats.diverged) {
      return { reachedAt: null, accuracy, maxGradNorm, clippedUpdates, diverged: stats.diverged };
    }
    if (s % every === 0) {
      accuracy = evaluateBatch(trainer.task, trainer.model, trainer.readout, held).accuracy ?? 0;
      if (accuracy >= target) return { reachedAt: s, accuracy, maxGradNorm, clippedUpdates };
    }
  }
  return { reachedAt: null, accuracy, maxGradNorm, clippedUpdates };
}
