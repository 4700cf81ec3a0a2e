import { backward } from '../backward';
import { runForward } from '../forward';
import { initModel } from '../init';
import { createRng, type Rng } from '../rng';
import type { CellKind, Model } from '../types';
import { FRESH, createWorkspace, type Workspace } from '../workspace';
import { mse, softmaxCrossEntropy, type ObjectiveResult } from './objectives';
import { adam, clipGradNorm, sgd, type Grads, type Optimizer } from './optim';
import { initReadout, readoutBackward, readoutForward, type Readout } from './readout';
import { TASKS, type Task, type TaskBatch } from './tasks';

/** Everything a training run is set up from. */
export interface TrainConfig {
  readonly task: Task['id'];
  readonly cell: CellKind;
  readonly hiddenSize: number;
  readonly numLayers: number;
  /** T; the task's default when absent. */
  readonly seqLen?: number;
  readonly batchSize: number;
  readonly optimizer:
    | { readonly kind: 'sgd'; readonly lr: number; readonly momentum?: number }
    | { readonly kind: 'adam'; readonly lr: number };
  /** Clip the global gradient norm to this; null for no clipping. */
  readonly clip: number | null;
  /** Added to b_ih of the forget (LSTM) or update (GRU) gate after init. */
  readonly gateBias?: number;
  /** Multiplies W_hh after init. */
  readonly recurrentScale?: number;
  readonly seed: number;
}

/** What one update did. */
export interface StepStats {
  /** The update's number, from 1. */
  readonly step: number;
  readonly loss: number;
  /** The global gradient norm before clipping. */
  readonly gradNorm: number;
  readonly clipped: boolean;
  /** Fraction of scored rows right in this batch, where the task has a notion of right. */
  readonly accuracy?: number;
  /** Set when the loss, a gradient or a weight became NaN or ±Infinity: nothing was updated. */
  readonly diverged?: string;
}

/** The model and readout as a flat record of tensors, readout under `readout.weight`/`.bias`. */
export function allParams(model: Model, readout: Readout): Record<string, Float64Array> {
  return { ...model.params, 'readout.weight': readout.weight, 'readout.bias': readout.bias };
}

/** How a task scores the readout: the part of a Task that training needs. */
export type Scoring = Pick<Task, 'objective' | 'scored' | 'outputs' | 'isCorrect'>;

/** The readout's outputs (N, O) and the rows of the top layer's h they read. */
function scoredRows(task: Scoring, batch: TaskBatch, H: number) {
  const N = task.scored === 'last' ? batch.batch : batch.seqLen * batch.batch;
  const hOff = task.scored === 'last' ? (batch.seqLen - 1) * batch.batch * H : 0;
  return { N, hOff };
}

/**
 * Loss, dL/d(outputs) and accuracy of a batch under a model and readout (its trace in `ws`,
 * valid until the next run with it).
 */
export function evaluateBatch(
  task: Scoring,
  model: Model,
  readout: Readout,
  batch: TaskBatch,
  ws: Workspace = FRESH,
) {
  const H = model.config.hiddenSize;
  const trace = runForward(model, { seqLen: batch.seqLen, batch: batch.batch, x: batch.x }, ws);
  const { N, hOff } = scoredRows(task, batch, H);
  const y = readoutForward(readout, trace.output, N, hOff);
  let result: ObjectiveResult;
  if (task.objective === 'ce') {
    result = softmaxCrossEntropy(y, batch.labels as Int32Array, task.outputs);
  } else {
    const target = batch.values as Float64Array;
    result = mse(y, target);
    if (task.isCorrect) {
      let correct = 0;
      for (let n = 0; n < N; n++) if (task.isCorrect(y[n], target[n])) correct++;
      result = { ...result, correct };
    }
  }
  const accuracy = result.correct === undefined ? undefined : result.correct / N;
  return { trace, y, N, hOff, loss: result.loss, dy: result.dy, accuracy };
}

/** What one update needs: the model, its readout, the optimiser and the clipping threshold. */
export interface UpdateContext {
  readonly task: Scoring;
  readonly model: Model;
  readonly readout: Readout;
  readonly optimizer: Optimizer;
  /** Clip the global gradient norm to this; null for no clipping. */
  readonly clip: number | null;
  /** Memory the update's trace and gradients reuse from one update to the next. */
  readonly ws?: Workspace;
}

/**
 * One update on one batch: forward, the readout and its loss, backprop through the readout and
 * through time, clipping, and the optimiser's step. When the loss, the gradient norm or a weight
 * becomes non-finite the stats say so; the caller must then discard the model (see `diverged`).
 */
export function update(ctx: UpdateContext, batch: TaskBatch, step: number): StepStats {
  const { task, model, readout } = ctx;
  const ws = ctx.ws ?? FRESH;
  const r = evaluateBatch(task, model, readout, batch, ws);
  // readoutBackward adds into these (and leaves dL/dh of unscored steps at 0).
  const dOutput = ws.take('update.dOutput', r.trace.output.length, true);
  const readoutGrads = {
    dW: ws.take('update.readout.dW', readout.weight.length, true),
    db: ws.take('update.readout.db', readout.bias.length, true),
  };
  readoutBackward(readout, r.trace.output, r.hOff, r.dy, r.N, readoutGrads, dOutput, r.hOff);
  const g = backward(model, r.trace, dOutput, ws);
  const grads: Grads = {
    ...g.params,
    'readout.weight': readoutGrads.dW,
    'readout.bias': readoutGrads.db,
  };
  const { norm, clipped } = clipGradNorm(grads, ctx.clip ?? Infinity);
  const base = { step, loss: r.loss, gradNorm: norm, clipped, accuracy: r.accuracy };
  if (!Number.isFinite(r.loss)) return { ...base, diverged: `the loss became ${r.loss}` };
  if (!Number.isFinite(norm)) return { ...base, diverged: `the gradient norm became ${norm}` };
  const params = allParams(model, readout);
  ctx.optimizer.step(params, grads);
  for (const [name, p] of Object.entries(params)) {
    for (let k = 0; k < p.length; k++) {
      if (!Number.isFinite(p[k])) return { ...base, diverged: `${name}[${k}] became ${p[k]}` };
    }
  }
  return base;
}

/** A training run in progress: the model, its readout, the optimiser's state and the data stream. */
export interface Trainer {
  readonly task: Task;
  readonly model: Model;
  readonly readout: Readout;
  /** One update on a fresh batch. */
  step(): StepStats;
}

/** A model and readout drawn from the seed, ready to train on the task. */
export function createTrainer(config: TrainConfig): Trainer {
  const task = TASKS[config.task];
  const T = config.seqLen ?? task.seqLen;
  const rng = createRng(config.seed);
  const modelConfig = {
    cell: config.cell,
    inputSize: task.inputSize,
    hiddenSize: config.hiddenSize,
    numLayers: config.numLayers,
    bias: true,
  };
  const model = initModel(modelConfig, rng);
  const H = config.hiddenSize;
  for (let k = 0; k < config.numLayers; k++) {
    const U = model.params[`weight_hh_l${k}`];
    for (let i = 0; i < U.length; i++) U[i] *= config.recurrentScale ?? 1;
    const b = model.params[`bias_ih_l${k}`];
    if (config.cell !== 'rnn') for (let j = H; j < 2 * H; j++) b[j] += config.gateBias ?? 0;
  }
  const readout = initReadout(H, task.outputs, rng);
  const data: Rng = createRng((config.seed ^ 0xda7a) >>> 0);
  const o = config.optimizer;
  const optimizer: Optimizer =
    o.kind === 'adam' ? adam({ lr: o.lr }) : sgd({ lr: o.lr, momentum: o.momentum ?? 0 });
  const ws = createWorkspace();
  const ctx: UpdateContext = { task, model, readout, optimizer, clip: config.clip, ws };
  let steps = 0;
  return {
    task,
    model,
    readout,
    step: () => update(ctx, task.sample(config.batchSize, T, data), ++steps),
  };
}
