import type { RunInput } from '../engine';
import { buildModel, rerun } from './run';
import type { InputSlice, SliceCreator } from './state';

export interface InputInit {
  readonly input: RunInput;
  readonly inputSize: number;
}

export const createInputSlice =
  (init: InputInit): SliceCreator<InputSlice> =>
  (set) => ({
    ...init,
    setInput: (input, inputSize) =>
      set((s) => {
        const model = inputSize === s.inputSize ? s.model : buildModel({ ...s, inputSize });
        return { input, inputSize, model, ...rerun(model, input, s.cursor) };
      }),
  });
