import { SUBSTEPS, type Trace } from '../engine';
import { clampCursor, type Cursor, type CursorBounds } from './cursor';
import { deriveRun, type Run } from './derive';
import { readModelFile } from './modelFile';
import { freshMemory, type RunMemory } from './runMemory';
import type { SettingsProblem } from './problems';
import { settingsProblem, type Settings } from './settings';
import { FIXED_KEYS, fixedSettings, withoutInputs, type LoadedModel } from './source';
import type { GateScopeState, ModelSlice, SliceCreator } from './state';

/** The shape the playback cursor moves in for a trace: its T steps of S sub-steps each. */
export function cursorBounds(trace: Trace): CursorBounds {
  return { seqLen: trace.seqLen, substeps: SUBSTEPS[trace.config.cell].length };
}

const clamp = (v: number, hi: number) => Math.max(0, Math.min(hi, v));

/** A new run, with the cursor and view moved inside it. */
export function withRun(s: Pick<GateScopeState, 'cursor' | 'layer' | 'sample' | 'unit'>, run: Run) {
  const { config, batch } = run.trace;
  return {
    ...run,
    cursor: clampCursor(s.cursor, cursorBounds(run.trace)) as Cursor,
    layer: clamp(s.layer, config.numLayers - 1),
    sample: clamp(s.sample, batch - 1),
    unit: clamp(s.unit, config.hiddenSize - 1),
  };
}

/** Why a loaded model refuses a change of the settings it fixes, or null. */
function fixedProblem(
  loaded: LoadedModel | null,
  change: Partial<Settings>,
): SettingsProblem | null {
  if (!loaded) return null;
  const fixed = fixedSettings(loaded.model);
  const key = FIXED_KEYS.find((k) => k in change && change[k] !== fixed[k]);
  if (key === undefined) return null;
  return { kind: 'fixedByModel', what: key === 'cell' ? 'cell' : 'sizes' };
}

export const createModelSlice =
  (settings: Settings, run: Run, memory: RunMemory = freshMemory): SliceCreator<ModelSlice> =>
  (set, get) => ({
    settings,
    loaded: null,
    ...run,
    update(change) {
      const { settings: current, loaded } = get();
      const next = { ...current, ...change };
      const problem = fixedProblem(loaded, change) ?? settingsProblem(next);
      if (problem !== null) return problem;
      // A new sequence replaces the input that came with the model.
      const edited = 'sequence' in change || 'amplitude' in change;
      const source = loaded && edited && loaded.inputs ? withoutInputs(loaded) : loaded;
      set((s) => ({
        settings: next,
        loaded: source,
        ...withRun(s, deriveRun(next, source, memory())),
      }));
      return null;
    },
    loadModel(model) {
      const next = { ...get().settings, ...fixedSettings(model.model) };
      const problem = settingsProblem(next);
      if (problem !== null) return { kind: 'notShown', cause: problem };
      let run: Run;
      try {
        run = deriveRun(next, model, memory());
      } catch (e) {
        return { kind: 'notRun', detail: e instanceof Error ? e.message : String(e) };
      }
      set((s) => ({ settings: next, loaded: model, ...withRun(s, run) }));
      return null;
    },
    importModel(text, origin) {
      const read = readModelFile(text, origin);
      return read.ok ? get().loadModel(read.loaded) : read.problem;
    },
    unloadModel() {
      const next = get().settings;
      set((s) => ({ loaded: null, ...withRun(s, deriveRun(next, null, memory())) }));
    },
  });
