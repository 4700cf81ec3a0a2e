// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseWeightsJson, paramNames, type TrainConfig } from '../../../src/engine';
import { TRAINING_DEFAULTS, modelFilename, modelJson } from '../../../src/store/training';
import { trainedCheckpoint } from './trainedCheckpoint';

describe('modelJson', () => {
  const config = { ...TRAINING_DEFAULTS, cell: 'gru' as const, hiddenSize: 5, numLayers: 2 };
  const engineConfig: TrainConfig = {
    task: 'remember',
    cell: 'gru',
    hiddenSize: 5,
    numLayers: 2,
    seqLen: 6,
    batchSize: 3,
    optimizer: { kind: 'adam', lr: 0.01 },
    clip: null,
    seed: 4,
  };
  const c = trainedCheckpoint(engineConfig);
  const text = JSON.stringify(modelJson(c, config));

  it('is DESIGN.md weights JSON: parseWeightsJson reads back the same weights', () => {
    const parsed = parseWeightsJson(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { model } = parsed.file;
    expect(model.config).toEqual({
      cell: 'gru',
      inputSize: 2,
      hiddenSize: 5,
      numLayers: 2,
      bias: true,
    });
    for (const name of paramNames(model.config)) expect(model.params[name]).toEqual(c.params[name]);
  });

  it('carries the readout under its own keys, shaped (O, H) and (O), and the training settings', () => {
    const json = JSON.parse(text);
    expect(Object.keys(json.params)).not.toContain('readout.weight');
    expect(json['readout.weight'].map((row: number[]) => row.length)).toEqual([5, 5]);
    expect(json['readout.weight'].flat()).toEqual(Array.from(c.params['readout.weight']));
    expect(json['readout.bias']).toEqual(Array.from(c.params['readout.bias']));
    expect(json.training).toMatchObject({
      task: 'remember',
      updates: 2,
      optimizer: 'adam',
      lr: 0.01,
    });
    expect(modelFilename(c, config)).toBe('gatescope-gru-remember-update-2.json');
  });
});
