import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createRng,
  initModel,
  oneHotText,
  sineWave,
  writeWeights,
  type CellKind,
  type Model,
} from '../../src/engine';
import {
  createGateScopeStore,
  inputNoticeText,
  modelProblemText,
  settingsProblemText,
  type GateScopeState,
  type GateScopeStore,
} from '../../src/store';

/** The input notice in English. */
const noticeText = (s: GateScopeState) => s.notice && inputNoticeText(s.notice, 'en');
import { fixturePaths, flat } from '../engine/helpers';
import { stateDict } from '../engine/interop-builders';

function model(cell: CellKind, inputSize: number, hiddenSize = 3, numLayers = 1): Model {
  const config = { cell, inputSize, hiddenSize, numLayers, bias: true };
  return initModel(config, createRng(7));
}

const fileOf = (m: Model, extra = {}) => JSON.stringify({ ...writeWeights(m), ...extra });

/** What a failed import must leave alone. */
function snapshot(store: GateScopeStore) {
  const s = store.getState();
  return {
    settings: s.settings,
    loaded: s.loaded,
    params: Object.fromEntries(Object.entries(s.model.params).map(([k, v]) => [k, Array.from(v)])),
    trace: s.trace,
    cursor: s.cursor,
  };
}

describe('store: a loaded model fixes cell, sizes, layers and bias', () => {
  it('importModel(…) runs the file’s model as it is and shows its settings', () => {
    const store = createGateScopeStore();
    const m = model('gru', 1, 5, 2);
    expect(store.getState().importModel(fileOf(m), { kind: 'file', name: 'gru.json' })).toBeNull();
    const s = store.getState();
    expect(s.settings).toMatchObject({ cell: 'gru', hiddenSize: 5, numLayers: 2, bias: true });
    expect(s.model.params.weight_hh_l1).toEqual(m.params.weight_hh_l1);
    expect(s.trace.config).toEqual(m.config);
    expect(s.loaded?.origin).toEqual({ kind: 'file', name: 'gru.json' });
  });

  it('update(…) refuses a change of what the model fixes, and takes the rest', () => {
    const store = createGateScopeStore();
    store.getState().importModel(fileOf(model('gru', 1)), { kind: 'file', name: 'gru.json' });
    const before = store.getState().model;
    const cell = store.getState().update({ cell: 'lstm' });
    expect(cell).toEqual({ kind: 'fixedByModel', what: 'cell' });
    expect(settingsProblemText(cell!, 'en')).toMatch(/use generated weights/);
    expect(store.getState().update({ hiddenSize: 8 })).toEqual({
      kind: 'fixedByModel',
      what: 'sizes',
    });
    expect(store.getState().settings.cell).toBe('gru');
    expect(store.getState().update({ sequence: { kind: 'square', seqLen: 5 } })).toBeNull();
    expect(store.getState().model).toBe(before);
    expect(store.getState().trace.seqLen).toBe(5);
  });

  it('unloadModel() goes back to weights generated from the settings, at the loaded sizes', () => {
    const store = createGateScopeStore();
    store.getState().importModel(fileOf(model('rnn', 1, 6)), { kind: 'file', name: 'rnn.json' });
    store.getState().unloadModel();
    const s = store.getState();
    expect(s.loaded).toBeNull();
    const want = createGateScopeStore({ ...s.settings }).getState().model;
    expect(s.model).toEqual(want);
    expect(s.model.config).toMatchObject({ cell: 'rnn', hiddenSize: 6 });
    expect(s.update({ cell: 'lstm' })).toBeNull();
  });

  it('a failed import leaves the settings, the model and the run untouched', () => {
    const store = createGateScopeStore({ cell: 'gru', hiddenSize: 6 });
    store.getState().nextTimeStep();
    const before = snapshot(store);
    const bad = JSON.stringify({ ...stateDict(4, 1, 2, 1), bias_hh_l0: [1, 2] });
    expect(store.getState().importModel(bad, { kind: 'file', name: 'bad.json' })).toMatchObject({
      kind: 'file',
      path: 'bias_hh_l0',
      problem: { kind: 'shape', shape: '(2)', expected: '(8)' },
    });
    expect(
      store.getState().importModel('not json', { kind: 'file', name: 'bad.json' }),
    ).not.toBeNull();
    expect(snapshot(store)).toEqual(before);
  });

  it('loadModel(…) refuses a model the stepper cannot show, and nothing changes', () => {
    const store = createGateScopeStore();
    const before = snapshot(store);
    const problem = store
      .getState()
      .importModel(fileOf(model('lstm', 1, 2, 4)), { kind: 'file', name: 'deep.json' });
    expect(problem).toEqual({
      kind: 'notShown',
      cause: { kind: 'outOfRange', setting: 'numLayers', min: 1, max: 3, got: 4 },
    });
    expect(modelProblemText(problem!, 'en')).toBe(
      'The model cannot be shown here: Layers must be between 1 and 3; got 4.',
    );
    expect(snapshot(store)).toEqual(before);
  });

  it('a loaded model keeps the playback cursor inside its run', () => {
    const store = createGateScopeStore();
    store.getState().toEnd();
    const path = fixturePaths('').find((p) => p.includes('gru_L1_I2_H2_T4_B1'))!;
    const text = readFileSync(path, 'utf8');
    expect(store.getState().importModel(text, { kind: 'file', name: 'f.json' })).toBeNull();
    expect(store.getState().cursor).toEqual({ t: 3, sub: 3 });
  });
});

describe('store: the input of a loaded model', () => {
  it('the file’s inputs x, h0, c0 are the input, until the sequence is edited', () => {
    const path = fixturePaths('').find((p) => p.includes('lstm_L2_I3_H5_T7_B2'))!;
    const json = JSON.parse(readFileSync(path, 'utf8'));
    const store = createGateScopeStore();
    store.getState().importModel(JSON.stringify(json), { kind: 'file', name: 'lstm.json' });
    let s = store.getState();
    expect(s.trace.x).toEqual(flat(json.inputs.x));
    expect(s.trace.c0).toEqual(flat(json.inputs.c0));
    expect(s.trace.batch).toBe(2);
    expect(s.sequence.tokens).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(s.notice).toEqual({
      kind: 'fileInput',
      origin: { kind: 'file', name: 'lstm.json' },
      steps: 7,
      batch: 2,
      features: 3,
      states: ['h0', 'c0'],
    });
    expect(noticeText(s)).toMatch(/7 steps, batch 2, 3 features, with its h0 and c0/);
    s.update({ sequence: { kind: 'sine', seqLen: 9 } });
    s = store.getState();
    expect(s.loaded?.inputs).toBeUndefined();
    expect(s.trace.batch).toBe(1);
    expect(s.sequence.inputSize).toBe(3);
    expect(noticeText(s)).toMatch(/takes 3 input features, but the sequence has 1 feature/);
  });

  it('a one-feature model on text runs a sine wave of the text’s length instead', () => {
    const store = createGateScopeStore({ sequence: { kind: 'text', text: 'abcab' } });
    store.getState().importModel(fileOf(model('lstm', 1)), { kind: 'file', name: 'one.json' });
    const s = store.getState();
    expect(s.trace.x).toEqual(sineWave(5).x);
    expect(s.notice).toEqual({ kind: 'refit', modelFeatures: 1, own: 3, text: true });
    expect(noticeText(s)).toBe(
      'The loaded model takes 1 input feature, but the text is one-hot over 3 characters: a sine wave runs instead.',
    );
  });

  it('text runs as it is when its vocabulary has the model’s input size', () => {
    const store = createGateScopeStore({ sequence: { kind: 'text', text: 'abcab' } });
    store.getState().importModel(fileOf(model('gru', 3)), { kind: 'file', name: 'three.json' });
    const s = store.getState();
    expect(s.trace.x).toEqual(oneHotText('abcab').x);
    expect(s.sequence.vocabulary).toEqual(['a', 'b', 'c']);
    expect(s.notice).toBeNull();
  });

  it('a wider model on numbers runs seeded noise of its input size, the same every time', () => {
    const load = () => {
      const store = createGateScopeStore({ sequence: { kind: 'sine', seqLen: 6 }, seed: 3 });
      store.getState().importModel(fileOf(model('rnn', 4)), { kind: 'file', name: 'four.json' });
      return store.getState();
    };
    const s = load();
    expect(s.trace.seqLen).toBe(6);
    expect(s.trace.x.length).toBe(6 * 4);
    expect(new Set(s.trace.x).size).toBeGreaterThan(20);
    expect(s.trace.x).toEqual(load().trace.x);
    expect(noticeText(s)).toMatch(/seeded noise of 4 features per step runs instead/);
  });
});
