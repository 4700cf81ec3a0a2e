/** The training lab's store: config, live history, checkpoints, presets and selectors. */
export * from './config';
export * from './tasks';
export * from './presets';
export * from './selectors';
export { emptyHistory, appendProgress, type TrainingHistory } from './history';
export { downsample, bucketSize, type ChartHistory } from './downsample';
export { addCheckpoint, MAX_CHECKPOINTS, type EvalHistory } from './checkpoints';
export { checkpointModel, modelFilename, modelJson, readoutJson } from './exportModel';
export { checkpointForStepper } from './openInStepper';
export { probeView, type ProbeMap, type ProbeView } from './probeView';
export {
  applyEvents,
  createTrainingStore,
  failureText,
  type TrainingFailure,
  type TrainingState,
  type TrainingStatus,
  type TrainingStore,
} from './trainingStore';
export * from './chartViews';
export * from './messages';
export { divergenceReason } from './divergence';
