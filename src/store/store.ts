import { createStore, type StoreApi } from 'zustand/vanilla';
import { START } from './cursor';
import { deriveRun } from './derive';
import { createModelSlice } from './modelSlice';
import { createPlaybackSlice } from './playbackSlice';
import { settingsProblemText } from './problems';
import { DEFAULT_SETTINGS, settingsProblem, type Settings } from './settings';
import type { GateScopeState } from './state';
import { createUiSlice } from './uiSlice';
import { createViewSlice } from './viewSlice';

/** Settings a widget starts from (its props, URL or lesson); defaults fill the rest. */
export type GateScopeInit = Partial<Settings>;

export type GateScopeStore = StoreApi<GateScopeState>;

/**
 * A fresh store for one widget instance, with the model already run on the input. Invalid
 * initial settings throw: callers validate what users typed (see `settingsProblem`).
 */
export function createGateScopeStore(init: GateScopeInit = {}): GateScopeStore {
  const settings = { ...DEFAULT_SETTINGS, ...init };
  const problem = settingsProblem(settings);
  if (problem !== null) throw new RangeError(settingsProblemText(problem, 'en'));
  const run = deriveRun(settings);
  return createStore<GateScopeState>()((...a) => ({
    ...createModelSlice(settings, run)(...a),
    ...createPlaybackSlice(START)(...a),
    ...createViewSlice()(...a),
    ...createUiSlice()(...a),
  }));
}
