/**
 * One training run inside the worker: the trainer, the fixed data it is measured on (a held-out
 * batch and a probe sequence, each from its own seed), and the snapshot of the model the worker
 * posts as a checkpoint.
 */
import {
  allParams,
  createRng,
  createTrainer,
  evaluateBatch,
  runForward,
  type TaskBatch,
  type TrainConfig,
  type Trainer,
} from '../engine';
import type { Checkpoint } from './protocol';

/** The seeds of the held-out batch and the probe sequence, apart from the training stream. */
const HELD_OUT = 0xe7a1;
const PROBE = 0x9b0e;

/** A training run: its number, trainer and measuring data, and how far it has gone. */
export interface TrainRun {
  readonly run: number;
  readonly config: TrainConfig;
  readonly trainer: Trainer;
  /** `evalSize` sequences that accuracy and loss are measured on (trainUntil's seed). */
  readonly heldOut: TaskBatch;
  /** One sequence, run with the weights of every checkpoint. */
  readonly probe: TaskBatch;
  /** Updates done. */
  updates: number;
  /** The update of the last checkpoint taken (all its weights finite). */
  checkpointed: number;
  /** Set when an update turned something non-finite: the run cannot go on. */
  diverged: boolean;
}

/** Run `run` of `config`: a model drawn from the seed, at update 0. Throws on a bad config. */
export function openRun(run: number, config: TrainConfig, evalSize: number): TrainRun {
  const trainer = createTrainer(config);
  const T = config.seqLen ?? trainer.task.seqLen;
  const data = (stream: number, B: number) =>
    trainer.task.sample(B, T, createRng((config.seed ^ stream) >>> 0));
  return {
    run,
    config,
    trainer,
    heldOut: data(HELD_OUT, evalSize),
    probe: data(PROBE, 1),
    updates: 0,
    checkpointed: 0,
    diverged: false,
  };
}

/** The model as it is now (copied, so posting it moves nothing the run still uses). */
export function takeCheckpoint(r: TrainRun): Checkpoint {
  const { trainer } = r;
  const params = Object.fromEntries(
    Object.entries(allParams(trainer.model, trainer.readout)).map(([k, v]) => [k, v.slice()]),
  );
  const held = evaluateBatch(trainer.task, trainer.model, trainer.readout, r.heldOut);
  const { seqLen, batch, x } = r.probe;
  r.checkpointed = r.updates;
  return {
    update: r.updates,
    params,
    // A copy of x: the trace holds its input, and posting moves the trace's buffers.
    probe: runForward(trainer.model, { seqLen, batch, x: x.slice() }),
    accuracy: held.accuracy ?? null,
    loss: held.loss,
  };
}
