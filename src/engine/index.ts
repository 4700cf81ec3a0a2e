/** GateScope's engine: PyTorch-exact LSTM, GRU and RNN runs with full traces and BPTT. */
export type * from './types';
export { GATES, SUBSTEPS, cellQuantities, gateCount, gradQuantities } from './cells';
export type { SubStepInfo } from './cells';
export { createRng } from './rng';
export type { Rng } from './rng';
export { initModel } from './init';
export type { InitOptions } from './init';
export { paramNames, paramShape } from './params';
export { runForward } from './forward';
export { backward } from './backward';
export { lossLast, lossSum } from './losses';
export type { LossResult } from './losses';
export { createStepper } from './stepper';
export type { StepPosition, Stepper } from './stepper';
export { l2norm, stepNorms } from './norms';
export * from './interop';
export { stringifyTrace, traceReport } from './trace-json';
export type { TraceJson } from './trace-json';
