import type { SliceCreator, ViewSlice } from './state';

const clampInt = (v: number, hi: number) => Math.max(0, Math.min(hi, Math.round(v)));

export const createViewSlice = (): SliceCreator<ViewSlice> => (set) => ({
  layer: 0,
  sample: 0,
  unit: 0,
  setLayer: (layer) => set((s) => ({ layer: clampInt(layer, s.trace.config.numLayers - 1) })),
  setSample: (sample) => set((s) => ({ sample: clampInt(sample, s.trace.batch - 1) })),
  setUnit: (unit) => set((s) => ({ unit: clampInt(unit, s.trace.config.hiddenSize - 1) })),
});
