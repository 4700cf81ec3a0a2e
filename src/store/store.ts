import { createStore, type StoreApi } from 'zustand/vanilla';
import { START } from './cursor';
import { deriveRun } from './derive';
import { createModelSlice } from './modelSlice';
import { createPlaybackSlice } from './playbackSlice';
import { freshMemory, ringMemory } from './runMemory';
import { settingsProblemText } from './problems';
import { DEFAULT_SETTINGS, settingsProblem, type Settings } from './settings';
import type { GateScopeState } from './state';
import { createUiSlice } from './uiSlice';
import { createViewSlice } from './viewSlice';

/** Settings a widget starts from (its props, URL or lesson); defaults fill the rest. */
export type GateScopeInit = Partial<Settings>;

export type GateScopeStore = StoreApi<GateScopeState>;

/** How a store keeps its runs. */
export interface StoreOptions {
  /**
   * Reuse the memory of earlier runs (see runMemory.ts): for a store whose runs follow a
   * dragged slider (the gradient lab). Off by default: each run keeps its own arrays.
   */
  readonly reuseMemory?: boolean;
}

/**
 * A fresh store for one widget instance, with the model already run on the input. Invalid
 * initial settings throw: callers validate what users typed (see `settingsProblem`).
 */
export function createGateScopeStore(
  init: GateScopeInit = {},
  options: StoreOptions = {},
): GateScopeStore {
  const settings = { ...DEFAULT_SETTINGS, ...init };
  const problem = settingsProblem(settings);
  if (problem !== null) throw new RangeError(settingsProblemText(problem, 'en'));
  const memory = options.reuseMemory ? ringMemory() : freshMemory;
  const run = deriveRun(settings, null, memory());
  return createStore<GateScopeState>()((...a) => ({
    ...createModelSlice(settings, run, memory)(...a),
    ...createPlaybackSlice(START)(...a),
    ...createViewSlice()(...a),
    ...createUiSlice()(...a),
  }));
}
