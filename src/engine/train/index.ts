export { initReadout, readoutBackward, readoutForward, type Readout } from './readout';
export { mse, softmaxCrossEntropy, type ObjectiveResult } from './objectives';
export {
  adam,
  clipGradNorm,
  globalNorm,
  sgd,
  type AdamOptions,
  type Grads,
  type Optimizer,
  type SgdOptions,
} from './optim';
export { TASKS, TRAINING_TEXTS, adding, remember, sine, type Task, type TaskBatch } from './tasks';
export {
  allParams,
  createTrainer,
  evaluateBatch,
  update,
  type Scoring,
  type StepStats,
  type TrainConfig,
  type Trainer,
  type UpdateContext,
} from './trainer';
export { trainUntil, type RunSummary } from './progress';
