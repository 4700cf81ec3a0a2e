/**
 * The trained model as a file: DESIGN.md's weights JSON (`config` and `params` in PyTorch's
 * names, readable by `parseWeightsJson` and, through `params`, by PyTorch's `load_state_dict`),
 * with the readout layer under its own keys `readout.weight` (O, H) and `readout.bias` (O), and
 * how it was trained under `training`.
 */
import { writeWeights, type Model, type Params } from '../../engine';
import { toNested } from '../../engine/nested';
import type { Checkpoint } from '../../workers/protocol';
import type { TrainingConfig } from './config';

const READOUT = ['readout.weight', 'readout.bias'] as const;

/** The recurrent network of a checkpoint (its readout left out). */
export function checkpointModel(c: Checkpoint): Model {
  const params: Params = {};
  for (const [name, value] of Object.entries(c.params)) {
    if (!(READOUT as readonly string[]).includes(name)) params[name] = value;
  }
  return { config: c.probe.config, params };
}

/** The readout layer under its own keys: `readout.weight` (O, H) and `readout.bias` (O). */
export function readoutJson(c: Checkpoint) {
  const H = c.probe.config.hiddenSize;
  const bias = c.params['readout.bias'];
  return {
    'readout.weight': toNested(c.params['readout.weight'], [bias.length, H]),
    'readout.bias': Array.from(bias),
  };
}

/** The file's object: weights JSON + readout keys + training settings. */
export function modelJson(c: Checkpoint, config: TrainingConfig) {
  return {
    ...writeWeights(checkpointModel(c)),
    ...readoutJson(c),
    training: {
      task: config.task,
      updates: c.update,
      held_out_accuracy: c.accuracy,
      held_out_loss: c.loss,
      optimizer: config.optimizer,
      lr: config.learningRate,
      ...(config.optimizer === 'sgd' && { momentum: config.momentum }),
      clip_grad_norm: config.clip ? config.clipNorm : null,
      batch_size: config.batchSize,
      seq_len: config.seqLen,
      gate_bias: config.gateBias,
      recurrent_scale: config.recurrentScale,
      seed: config.seed,
    },
  };
}

/** The file name: e.g. `gatescope-lstm-remember-update-75.json`. */
export function modelFilename(c: Checkpoint, config: TrainingConfig): string {
  return `gatescope-${config.cell}-${config.task}-update-${c.update}.json`;
}
