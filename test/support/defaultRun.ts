import { createRng, initModel, runForward, type CellKind, type Trace } from '../../src/engine';
import { sineWave } from '../../src/engine/sequences';

/** The app's default run, computed straight from the engine: the sine input, H = 4, seed 1. */
export function defaultRun(cell: CellKind): Trace {
  const config = { cell, inputSize: 1, hiddenSize: 4, numLayers: 1, bias: true };
  const model = initModel(config, createRng(1), { init: 'uniform' });
  return runForward(model, { seqLen: 12, batch: 1, x: sineWave(12).x });
}

/** Values of a (T, 1, H) trace quantity at step t. */
export function valuesAt(trace: Trace, quantity: string, t: number): number[] {
  const H = trace.config.hiddenSize;
  return Array.from(trace.layers[0][quantity].subarray(t * H, (t + 1) * H));
}
