import type { CellKind, Model } from '../engine';
import { buildModel, rerun } from './run';
import type { ModelSlice, SliceCreator } from './state';

export interface ModelInit {
  readonly cell: CellKind;
  readonly hiddenSize: number;
  readonly seed: number;
  readonly model: Model;
}

export const createModelSlice =
  (init: ModelInit): SliceCreator<ModelSlice> =>
  (set) => ({
    ...init,
    setCell: (cell) =>
      set((s) => {
        if (cell === s.cell) return s;
        const model = buildModel({ ...s, cell });
        return { cell, model, ...rerun(model, s.input, s.cursor) };
      }),
  });
