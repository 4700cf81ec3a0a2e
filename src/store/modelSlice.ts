import { SUBSTEPS, type Trace } from '../engine';
import { clampCursor, type Cursor, type CursorBounds } from './cursor';
import { deriveRun, type Run } from './derive';
import { settingsProblem, type Settings } from './settings';
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

export const createModelSlice =
  (settings: Settings, run: Run): SliceCreator<ModelSlice> =>
  (set, get) => ({
    settings,
    ...run,
    update(change) {
      const next = { ...get().settings, ...change };
      const problem = settingsProblem(next);
      if (problem !== null) return problem;
      set((s) => ({ settings: next, ...withRun(s, deriveRun(next)) }));
      return null;
    },
  });
