import {
  SUBSTEPS,
  createRng,
  initModel,
  runForward,
  type CellKind,
  type Model,
  type RunInput,
  type Trace,
} from '../engine';
import { clampCursor, type Cursor, type CursorBounds } from './cursor';

/** The settings a model is drawn from. */
export interface ModelSettings {
  readonly cell: CellKind;
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly seed: number;
}

/** A one-layer model with PyTorch's default uniform init, drawn from the seeded generator. */
export function buildModel(s: ModelSettings): Model {
  const config = {
    cell: s.cell,
    inputSize: s.inputSize,
    hiddenSize: s.hiddenSize,
    numLayers: 1,
    bias: true,
  };
  return initModel(config, createRng(s.seed), { init: 'uniform' });
}

/** The full forward trace of the model on the input: what every panel reads. */
export function runModel(model: Model, input: RunInput): Trace {
  return runForward(model, input);
}

/** The shape the playback cursor moves in for a trace: its T steps of S sub-steps each. */
export function cursorBounds(trace: Trace): CursorBounds {
  return { seqLen: trace.seqLen, substeps: SUBSTEPS[trace.config.cell].length };
}

/** Runs the model on the input and keeps the cursor inside the new run. */
export function rerun(model: Model, input: RunInput, cursor: Cursor) {
  const trace = runModel(model, input);
  return { trace, cursor: clampCursor(cursor, cursorBounds(trace)) };
}
