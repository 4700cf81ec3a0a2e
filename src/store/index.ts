export * from './context';
export * from './cursor';
export * from './selectors';
export * from './state';
export * from './stepTable';
export {
  createGateScopeStore,
  type GateScopeInit,
  type GateScopeStore,
  type StoreOptions,
} from './store';
export * from './settings';
export { TEXT_PRESETS } from './presets';
export { deriveModel, deriveRun, deriveSequence, type Run } from './derive';
export { cursorBounds } from './modelSlice';
export * from './labPresets';
export { DEFAULT_SPEED, SPEED_LIMITS, clampSpeed, playFrom, playbackTick } from './playback';
export { lastComputedStep, outputSeries } from './series';
export {
  formulaAt,
  type AffineHalf,
  type Formula,
  type FormulaView,
  type Term,
} from './formulaTerms';
export { FIXED_KEYS, fixedSettings, type FixedSettings, type LoadedModel } from './source';
export {
  MAX_IMPORT_BYTES,
  exportFilename,
  readModelFile,
  sizeProblem,
  traceText,
  weightsText,
  type ImportResult,
} from './modelFile';
export * from './problems';
export * from './modelNotes';
