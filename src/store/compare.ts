/**
 * RNN, LSTM and GRU on the same input, seed and scales: the settings of each, what the compare
 * view reads from each run, and what a run costs (which decides whether it runs in a worker).
 */
import {
  FRESH,
  gateCount,
  type CellKind,
  type NonFiniteAt,
  type StateGradients,
  type Trace,
  type Workspace,
} from '../engine';
import { deriveStates } from './derive';
import { sequenceLength, type Settings } from './settings';

/** The cells the compare view runs, in the order it shows them. */
export const COMPARE_CELLS: readonly CellKind[] = ['rnn', 'lstm', 'gru'];

/** What the compare view shows of one cell's run. */
export interface CompareRun {
  readonly cell: CellKind;
  /** The settings it ran (the shared ones with `cell` set). */
  readonly settings: Settings;
  /** T and H. */
  readonly seqLen: number;
  readonly hiddenSize: number;
  /** ‖∂L/∂h_t‖, t = 0 … T − 1, of the top layer. */
  readonly normH: Float64Array;
  /** ‖∂L/∂c_t‖ (LSTM only). */
  readonly normC: Float64Array | null;
  /** The curve the view overlays: ‖∂L/∂c_t‖ for the LSTM (its memory path), else ‖∂L/∂h_t‖. */
  readonly memory: 'c' | 'h';
  /** h_t of the top layer, batch row 0: (T, H), step-major (values[t·H + j]). */
  readonly hidden: Float64Array;
  /** Where the forward run or BPTT first met NaN or ±Infinity, if anywhere. */
  readonly nonFinite: NonFiniteAt | null;
}

/** The shared settings with the cell overridden, for each of RNN, LSTM and GRU. */
export function compareSettings(s: Settings): Record<CellKind, Settings> {
  return { rnn: { ...s, cell: 'rnn' }, lstm: { ...s, cell: 'lstm' }, gru: { ...s, cell: 'gru' } };
}

/** What of a run the compare view needs (copies, so a worker can transfer them). */
export function summariseRun(
  settings: Settings,
  run: { readonly trace: Trace; readonly grads: StateGradients },
): CompareRun {
  const { trace, grads } = run;
  const { cell, hiddenSize: H, numLayers } = trace.config;
  const T = trace.seqLen;
  const h = trace.layers[numLayers - 1].h;
  const B = trace.batch;
  // Batch 1 (the lab's) is one block; a subarray per step would cost an allocation each.
  const hidden = B === 1 ? h.slice(0, T * H) : new Float64Array(T * H);
  if (B !== 1)
    for (let t = 0; t < T; t++) hidden.set(h.subarray(t * B * H, (t * B + 1) * H), t * H);
  return {
    cell,
    settings,
    seqLen: T,
    hiddenSize: H,
    normH: grads.norms.h.slice(),
    normC: grads.norms.c ? grads.norms.c.slice() : null,
    memory: cell === 'lstm' ? 'c' : 'h',
    hidden,
    nonFinite: trace.nonFinite ?? grads.nonFinite,
  };
}

/**
 * Runs the settings with `cell` and summarises the run for the compare view. Its backprop stops
 * at the states (`stateGradients`: the view shows no weight gradient), about a fifth less work.
 * The summary is a copy, so the run may use memory from `ws` that the next run overwrites.
 */
export function deriveCompareRun(s: Settings, cell: CellKind, ws: Workspace = FRESH): CompareRun {
  const settings = { ...s, cell };
  return summariseRun(settings, deriveStates(settings, ws));
}

/** compareKey's keys, by settings object (read several times per input). */
const keys = new WeakMap<Settings, string>();

/**
 * A key equal for settings that give the same compare runs: everything but the cell (the view
 * runs all three whichever is chosen).
 */
export function compareKey(s: Settings): string {
  let key = keys.get(s);
  if (key === undefined) keys.set(s, (key = JSON.stringify({ ...s, cell: null })));
  return key;
}

/** Multiply-adds per time step and layer, times steps and layers: G·H·(I + H)·T·L. */
function cost(cell: CellKind, I: number, H: number, T: number, L: number): number {
  return gateCount(cell) * H * (I + H) * T * L;
}

/** A run's size in multiply-adds per time step and layer times steps: G·H·(I + H)·T·L. */
export function runCost(s: Settings, inputSize = 1): number {
  return cost(s.cell, inputSize, s.hiddenSize, sequenceLength(s.sequence), s.numLayers);
}

/**
 * Runs up to this cost (an LSTM at hidden 64 on 50 steps, the lab's default size) take a few
 * milliseconds and run on the main thread as the user drags; bigger ones go to a worker.
 */
export const MAIN_THREAD_COST = 4 * 64 * 65 * 50;

/**
 * Whether a run of the trace's size is one the main thread computes as a slider drags (see
 * MAIN_THREAD_COST). Plots off screen catch up with such a run once a drag pauses; with a bigger
 * one, only when scrolled to (all of them at once would hold the main thread for over 50 ms).
 */
export function smallRun(trace: Trace): boolean {
  const { cell, inputSize: I, hiddenSize: H, numLayers } = trace.config;
  return cost(cell, I, H, trace.seqLen, numLayers) <= MAIN_THREAD_COST;
}
