import { matmulNT } from './matmul';
import { KERNELS } from './kernels';
import { firstNonFiniteForward } from './nonfinite';
import { packRows } from './packed';
import type { PreparedRun } from './prepare';
import { prepareRun } from './prepare';
import { scratch } from './scratch';
import type { Model, RunInput, Trace } from './types';
import type { Workspace } from './workspace';

/** Gathers each layer's state at step T − 1 into an (L, B, H) tensor (h_n or c_n). */
function finalState(run: PreparedRun, name: 'h' | 'c', T: number, B: number, H: number) {
  const out = new Float64Array(run.layers.length * B * H);
  run.layers.forEach((q, k) => out.set(q[name].subarray((T - 1) * B * H, T * B * H), k * B * H));
  return out;
}

/** Adds v to each of the `rows` rows of the row-major matrix M (rows, v.length). */
function addRows(M: Float64Array, rows: number, v: Float64Array): void {
  const n = v.length;
  for (let r = 0; r < rows; r++) for (let j = 0; j < n; j++) M[r * n + j] += v[j];
}

/** Completes a run whose every sub-step has been computed into a Trace. */
export function finishTrace(model: Model, input: RunInput, run: PreparedRun): Trace {
  const { cell, inputSize: I, hiddenSize: H } = model.config;
  const { seqLen: T, batch: B } = input;
  const dims = { T, B, I, H };
  return {
    config: model.config,
    seqLen: T,
    batch: B,
    x: run.x,
    h0: run.h0,
    c0: run.c0,
    layers: run.layers,
    output: run.layers[run.layers.length - 1].h,
    hN: finalState(run, 'h', T, B, H),
    cN: cell === 'lstm' ? finalState(run, 'c', T, B, H) : undefined,
    nonFinite: firstNonFiniteForward(cell, dims, run.x, run.h0, run.c0, run.layers),
  };
}

/**
 * `output, (h_n, c_n) = lstm(x, (h0, c0))`, recording every intermediate of every layer, step
 * and batch row. Layer by layer, each step runs the cell's sub-steps in teaching order. With a
 * workspace the trace lives in its memory, valid until the next run with it.
 */
export function runForward(model: Model, input: RunInput, ws?: Workspace): Trace {
  const run = prepareRun(model, input, ws);
  const { substeps } = KERNELS[model.config.cell];
  const TB = input.seqLen * input.batch;
  for (const L of run.views) {
    // The input side needs no recurrence: all steps' W_ih u_t in one matrix product, in a
    // working array reused from run to run (it is read only by this layer's time loop).
    L.P = scratch('P', TB * L.G * L.H);
    matmulNT(L.u, L.W, TB, L.G * L.H, L.In, L.P);
    if (L.bi !== null) addRows(L.P, TB, L.bi);
    L.Up = packRows(L.U, L.G, L.H, L.H, 'Up');
    for (let t = 0; t < input.seqLen; t++) {
      for (const step of substeps) step(L, t);
    }
  }
  return finishTrace(model, input, run);
}
