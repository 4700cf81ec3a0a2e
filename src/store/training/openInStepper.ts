/**
 * A checkpoint as a model the cell stepper can load: the recurrent network as trained, its
 * readout kept for export under its own keys, and the task's probe sequence as the input.
 */
import { oneHotText, TRAINING_TEXTS } from '../../engine';
import type { Checkpoint } from '../../workers/protocol';
import type { LoadedModel } from '../source';
import type { TrainingConfig } from './config';
import { checkpointModel, readoutJson } from './exportModel';

/** The characters of the next-character tasks' one-hot inputs, in feature order. */
function vocabularyOf(task: TrainingConfig['task']): readonly string[] | undefined {
  if (task === 'chars-en') return oneHotText(TRAINING_TEXTS.en).vocabulary;
  if (task === 'chars-zh') return oneHotText(TRAINING_TEXTS.zh).vocabulary;
  return undefined;
}

/** The checkpoint's model with the probe sequence it was shown on (batch 1, zero h0 and c0). */
export function checkpointForStepper(c: Checkpoint, config: TrainingConfig): LoadedModel {
  const { seqLen, batch, x } = c.probe;
  const vocabulary = vocabularyOf(config.task);
  return {
    model: checkpointModel(c),
    from: 'training',
    origin: { kind: 'training', update: c.update },
    inputs: { seqLen, batch, x: x.slice() },
    ...(vocabulary && { vocabulary }),
    extra: readoutJson(c),
  };
}
