import type { LossInputs, Model, RunInput } from '../engine';
import type { ModelOrigin } from './modelNotes';
import type { Settings } from './settings';

/**
 * A model the stepper runs as it is (an imported file, or a model taken from the training lab)
 * instead of deriving one from the settings. It fixes the cell, sizes, layers and bias.
 */
export interface LoadedModel {
  readonly model: Model;
  /** Imported from a file (or pasted), or taken from the training lab. */
  readonly from: 'file' | 'training';
  /** Where it came from: a file (by name), pasted text, or the training lab at an update. */
  readonly origin: ModelOrigin;
  /** x (T, B, I) and, optionally, h0 and c0 (L, B, H): the input until the sequence is edited. */
  readonly inputs?: RunInput;
  /** Wout (T, B, H) and target (B, H) that go with `inputs` (dropped with them). */
  readonly loss?: LossInputs;
  /** For one-hot inputs: the character of each input feature, in feature order. */
  readonly vocabulary?: readonly string[];
  /** Keys written beside the model on export, e.g. the training lab's `readout.weight`. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** The settings a loaded model fixes: its cell, hidden size, layer count and bias. */
export type FixedSettings = Pick<Settings, 'cell' | 'hiddenSize' | 'numLayers' | 'bias'>;

export const FIXED_KEYS: readonly (keyof FixedSettings)[] = [
  'cell',
  'hiddenSize',
  'numLayers',
  'bias',
];

/** What a model fixes of the settings, read from its config. */
export function fixedSettings(model: Model): FixedSettings {
  const { cell, hiddenSize, numLayers, bias } = model.config;
  return { cell, hiddenSize, numLayers, bias };
}

/** The loaded model without its own input: what remains once the user edits the sequence. */
export function withoutInputs(loaded: LoadedModel): LoadedModel {
  const { model, from, origin, vocabulary, extra } = loaded;
  return { model, from, origin, ...(vocabulary && { vocabulary }), ...(extra && { extra }) };
}
