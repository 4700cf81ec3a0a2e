/**
 * The training worker's message protocol. The page sends requests; the worker answers with
 * events. Every request and event carries `run`, the number of the training run it belongs to:
 * `configure` and `reset` start a new run, and the page drops events of older runs, so a
 * progress batch still in flight can never land in a fresh history.
 */
import type { Params, TrainConfig, Trace } from '../engine';

/** What the page asks the worker to do. */
export type TrainRequest =
  /** Set up run `run` from `config`: a fresh model drawn from the seed, update 0, paused. */
  | { readonly type: 'configure'; readonly run: number; readonly config: TrainConfig }
  /** Train continuously until `pause`, reporting progress about once per frame. */
  | { readonly type: 'train'; readonly run: number }
  /** Stop after the update in progress; the current model becomes a checkpoint. */
  | { readonly type: 'pause'; readonly run: number }
  /** One update, then a checkpoint of the model as it is now. */
  | { readonly type: 'step'; readonly run: number }
  /** Start run `run` again from the same config: same seed, same initial weights. */
  | { readonly type: 'reset'; readonly run: number };

/** The statistics of consecutive updates `first`, `first + 1`, …, as columns. */
export interface ProgressBatch {
  /** The number of the first update in the batch (updates count from 1). */
  readonly first: number;
  /** The training loss of each update's batch. */
  readonly loss: Float64Array;
  /** ‖g‖: the global gradient norm before clipping. */
  readonly gradNorm: Float64Array;
  /** 1 where the update's gradient was clipped, else 0. */
  readonly clipped: Uint8Array;
  /** The fraction of the update's batch answered right; NaN where the task has no accuracy. */
  readonly accuracy: Float64Array;
  /** Updates per second over the last measuring window; NaN until one has passed. */
  readonly updatesPerSecond: number;
}

/** The model at one update, with what it does on the held-out set and the probe sequence. */
export interface Checkpoint {
  /** The number of updates the model has had (0: as initialised). */
  readonly update: number;
  /** The recurrent network's parameters (PyTorch names) and `readout.weight`, `readout.bias`. */
  readonly params: Params;
  /** The fixed probe sequence run forward with these weights (batch 1): every gate and state. */
  readonly probe: Trace;
  /** Accuracy on the held-out batch; null where the task has no accuracy. */
  readonly accuracy: number | null;
  /** Loss on the held-out batch. */
  readonly loss: number;
}

/** Why training stopped on a non-finite value, and what was kept. */
export interface Divergence {
  /** The update at which the loss, the gradient norm or a weight became non-finite. */
  readonly at: number;
  /** What became non-finite, e.g. "the loss became Infinity". */
  readonly reason: string;
  /** The update of the last checkpoint whose weights are all finite (the one kept). */
  readonly kept: number;
}

/** What the worker reports. */
export type TrainEvent =
  | { readonly type: 'progress'; readonly run: number; readonly batch: ProgressBatch }
  | { readonly type: 'checkpoint'; readonly run: number; readonly checkpoint: Checkpoint }
  /** Training stopped: paused on request, or after a single step. */
  | { readonly type: 'paused'; readonly run: number }
  /** Training stopped on a non-finite value; it cannot go on until reset or reconfigured. */
  | { readonly type: 'diverged'; readonly run: number; readonly divergence: Divergence }
  /**
   * Training failed: the worker itself (`cause: 'worker'`), or a run that could not be opened
   * (`'run'`). `message` is the runtime's own text (English), kept for the English UI and tests.
   */
  | {
      readonly type: 'error';
      readonly run: number;
      readonly cause: 'worker' | 'run';
      readonly message: string;
    };

/** The buffers of an event, moved (not copied) to the page by `postMessage`. */
export function transferables(event: TrainEvent): Transferable[] {
  if (event.type === 'progress') {
    const { loss, gradNorm, clipped, accuracy } = event.batch;
    return [loss.buffer, gradNorm.buffer, clipped.buffer, accuracy.buffer];
  }
  if (event.type !== 'checkpoint') return [];
  const { params, probe } = event.checkpoint;
  const arrays = [
    ...Object.values(params),
    probe.x,
    probe.h0,
    probe.hN,
    ...(probe.c0 ? [probe.c0] : []),
    ...(probe.cN ? [probe.cN] : []),
    ...probe.layers.flatMap((layer) => Object.values(layer)),
  ];
  // `output` is the top layer's `h`: one buffer, listed once.
  return [...new Set(arrays.map((a) => a.buffer))];
}
