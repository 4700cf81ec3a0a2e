// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { paramNames, TRAINING_TEXTS, type TrainConfig } from '../../../src/engine';
import {
  createGateScopeStore,
  inputNoticeText,
  readModelFile,
  weightsText,
} from '../../../src/store';
import { TRAINING_DEFAULTS, checkpointForStepper, modelJson } from '../../../src/store/training';
import { trainedCheckpoint } from './trainedCheckpoint';

const engineConfig: TrainConfig = {
  task: 'remember',
  cell: 'lstm',
  hiddenSize: 6,
  numLayers: 2,
  seqLen: 7,
  batchSize: 3,
  optimizer: { kind: 'sgd', lr: 0.1, momentum: 0 },
  clip: null,
  seed: 5,
};
const labConfig = { ...TRAINING_DEFAULTS, cell: 'lstm' as const, hiddenSize: 6, numLayers: 2 };

describe('checkpointForStepper', () => {
  const c = trainedCheckpoint(engineConfig);

  it('loads the trained network into the stepper, on the probe sequence it was shown on', () => {
    const store = createGateScopeStore();
    expect(store.getState().loadModel(checkpointForStepper(c, labConfig))).toBeNull();
    const s = store.getState();
    expect(s.settings).toMatchObject({ cell: 'lstm', hiddenSize: 6, numLayers: 2, bias: true });
    for (const name of paramNames(s.model.config))
      expect(s.model.params[name]).toEqual(c.params[name]);
    expect(s.trace.x).toEqual(c.probe.x);
    // The same engine on the same weights and input: the checkpoint panel's probe run, exactly.
    expect(s.trace.output).toEqual(c.probe.output);
    expect(s.loaded?.origin).toEqual({ kind: 'training', update: 2 });
    expect(inputNoticeText(s.notice!, 'en')).toMatch(
      /^The input comes with the model \(the training lab, update 2\): 7 steps/,
    );
    expect(inputNoticeText(s.notice!, 'zh')).toMatch(
      /^输入随模型一起提供（训练实验室（第 2 次更新））：7 步/,
    );
  });

  it('the stepper’s export keeps the readout under the training lab’s own keys', () => {
    const store = createGateScopeStore();
    store.getState().loadModel(checkpointForStepper(c, labConfig));
    const exported = JSON.parse(weightsText(store.getState()));
    const lab = modelJson(c, labConfig);
    expect(exported['readout.weight']).toEqual(lab['readout.weight']);
    expect(exported['readout.bias']).toEqual(lab['readout.bias']);
    expect(exported.params).toEqual(lab.params);
    const back = readModelFile(JSON.stringify(exported), { kind: 'file', name: 'again.json' });
    expect(back.ok && back.loaded.extra).toEqual({
      'readout.weight': lab['readout.weight'],
      'readout.bias': lab['readout.bias'],
    });
  });

  it('a next-character model shows its probe as the characters of the text', () => {
    const chars = trainedCheckpoint({ ...engineConfig, task: 'chars-en', numLayers: 1 });
    const store = createGateScopeStore();
    const config = { ...labConfig, task: 'chars-en' as const, numLayers: 1 };
    store.getState().loadModel(checkpointForStepper(chars, config));
    const { tokens } = store.getState().sequence;
    expect(tokens).toHaveLength(chars.probe.seqLen);
    // The probe is a window of the text, read cyclically.
    expect(TRAINING_TEXTS.en.repeat(2)).toContain(tokens.join(''));
  });
});
