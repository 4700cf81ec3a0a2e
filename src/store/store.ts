import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CellKind, RunInput } from '../engine';
import { START } from './cursor';
import { DEFAULTS, sineInput } from './defaults';
import { createInputSlice } from './inputSlice';
import { createModelSlice } from './modelSlice';
import { createPlaybackSlice } from './playbackSlice';
import { buildModel, rerun } from './run';
import type { GateScopeState } from './state';

/** Settings a widget starts from (from its props, URL or lesson); defaults fill the rest. */
export interface GateScopeInit {
  readonly cell?: CellKind;
  readonly hiddenSize?: number;
  readonly seed?: number;
  /** x shaped (T, B, I) with I = `inputSize`; a one-period sine wave when absent. */
  readonly input?: RunInput;
  readonly inputSize?: number;
}

export type GateScopeStore = StoreApi<GateScopeState>;

/** A fresh store for one widget instance, with the model already run on the input. */
export function createGateScopeStore(init: GateScopeInit = {}): GateScopeStore {
  const cell = init.cell ?? DEFAULTS.cell;
  const hiddenSize = init.hiddenSize ?? DEFAULTS.hiddenSize;
  const seed = init.seed ?? DEFAULTS.seed;
  const input = init.input ?? sineInput(DEFAULTS.seqLen);
  const inputSize = init.input ? (init.inputSize ?? 1) : 1;
  const model = buildModel({ cell, inputSize, hiddenSize, seed });
  const { trace, cursor } = rerun(model, input, START);
  return createStore<GateScopeState>()((...a) => ({
    ...createModelSlice({ cell, hiddenSize, seed, model })(...a),
    ...createInputSlice({ input, inputSize })(...a),
    ...createPlaybackSlice(cursor)(...a),
    trace,
  }));
}
