import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWeightsJson, stringifyTrace, traceReport } from '../../src/engine';
import {
  createGateScopeStore,
  exportFilename,
  modelProblemText,
  readModelFile,
  traceText,
  weightsText,
  type GateScopeStore,
} from '../../src/store';
import { expectClose, fixturePaths, flat } from '../engine/helpers';

function reimported(store: GateScopeStore) {
  const read = readModelFile(weightsText(store.getState()), { kind: 'file', name: 'export.json' });
  if (!read.ok) throw new Error(modelProblemText(read.problem, 'en'));
  return read.loaded;
}

function expectSameBits(actual: Float64Array, expected: Float64Array, what: string) {
  expect(actual.length, what).toBe(expected.length);
  const differs = Array.from(expected).findIndex((v, k) => !Object.is(actual[k], v));
  expect(differs, `${what}: first differing entry`).toBe(-1);
}

const fixture = (name: string) => fixturePaths('').find((p) => p.includes(name))!;

describe('Export model: weights JSON that imports back bit for bit', () => {
  const cases = [
    ['the default LSTM', {}],
    [
      'a 2-layer GRU on text',
      { cell: 'gru', numLayers: 2, sequence: { kind: 'text', text: 'héllo' } },
    ],
    [
      'a bias-free RNN at weight scale 3',
      { cell: 'rnn', bias: false, weightScale: 3, loss: 'every' },
    ],
  ] as const;
  for (const [what, init] of cases) {
    it(`import(export(…)) of ${what} gives the same parameters, input and run`, () => {
      const store = createGateScopeStore(init);
      const s = store.getState();
      const back = reimported(store);
      expect(back.model.config).toEqual(s.model.config);
      for (const [k, v] of Object.entries(s.model.params)) {
        expectSameBits(back.model.params[k], v, k);
      }
      expectSameBits(back.inputs!.x, s.input.x, 'x');
      const again = createGateScopeStore(init);
      again.getState().loadModel(back);
      expect(again.getState().trace).toEqual(s.trace);
      expect(again.getState().loss.value).toBe(s.loss.value);
    });
  }

  it('import(export(…)) of an imported fixture gives its parameters, h0 and c0 back', () => {
    const text = readFileSync(fixture('lstm_L2_I4_H5_T5_B4'), 'utf8');
    const store = createGateScopeStore();
    store.getState().importModel(text, { kind: 'file', name: 'f.json' });
    const back = reimported(store);
    const json = JSON.parse(text);
    for (const [k, v] of Object.entries(json.params))
      expectSameBits(back.model.params[k], flat(v), k);
    expectSameBits(back.inputs!.h0!, flat(json.inputs.h0), 'h0');
    expectSameBits(back.inputs!.c0!, flat(json.inputs.c0), 'c0');
  });

  it('a model from the training lab keeps its readout keys in the export', () => {
    const store = createGateScopeStore();
    const read = readModelFile(weightsText(store.getState()), { kind: 'file', name: 'x' });
    if (!read.ok) throw new Error(modelProblemText(read.problem, 'en'));
    const extra = { 'readout.weight': [[1, 2, 3, 4]], 'readout.bias': [0.5] };
    store.getState().loadModel({ ...read.loaded, extra });
    const json = JSON.parse(weightsText(store.getState()));
    expect(json['readout.weight']).toEqual([[1, 2, 3, 4]]);
    expect(json['readout.bias']).toEqual([0.5]);
    expect(parseWeightsJson(JSON.stringify(json)).ok).toBe(true);
  });

  it('exportFilename(…) names the cell and what the file holds', () => {
    expect(exportFilename('lstm', 'weights')).toBe('gatescope-lstm-weights.json');
    expect(exportFilename('gru', 'trace')).toBe('gatescope-gru-trace.json');
  });
});

describe('Export data: trace JSON of the current run', () => {
  it('traceText(…) is traceReport of the run’s model, input and loss, as the trace command prints it', () => {
    const store = createGateScopeStore({ cell: 'gru', loss: 'every' });
    const s = store.getState();
    const want = stringifyTrace(traceReport(s.model, s.input, { Wout: s.lossInputs.Wout })) + '\n';
    expect(traceText(s)).toBe(want);
    expect(JSON.parse(traceText(s)).loss.L_sum).toBe(s.loss.value);
  });

  it('traceText(…) is what the trace command prints for the exported weights file', () => {
    const store = createGateScopeStore({ cell: 'rnn', numLayers: 2 });
    const parsed = parseWeightsJson(weightsText(store.getState()));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { model, inputs, loss } = parsed.file;
    expect(traceText(store.getState())).toBe(
      stringifyTrace(traceReport(model, inputs!, loss)) + '\n',
    );
  });

  for (const name of ['lstm_L2_I3_H5_T7_B2', 'gru_L1_I3_H4_T4_B2', 'rnn_tanh_L2_I4_H5_T5_B4']) {
    it(`traceText(…) of the imported fixture ${name} matches PyTorch’s forward values and losses at 1e-9`, () => {
      const json = JSON.parse(readFileSync(fixture(name), 'utf8'));
      const store = createGateScopeStore();
      expect(
        store.getState().importModel(JSON.stringify(json), { kind: 'file', name: 'f.json' }),
      ).toBeNull();
      const out = JSON.parse(traceText(store.getState()));
      expectClose(flat(out.forward.output), flat(json.forward.output), 'output');
      expectClose(flat(out.forward.h_n), flat(json.forward.h_n), 'h_n');
      if (json.forward.c_n) expectClose(flat(out.forward.c_n), flat(json.forward.c_n), 'c_n');
      json.forward.layers.forEach((layer: Record<string, unknown>, k: number) => {
        for (const [q, v] of Object.entries(layer)) {
          expectClose(flat(out.forward.layers[k][q]), flat(v), `layers[${k}].${q}`);
        }
      });
      expectClose(out.loss.L_last, json.loss.L_last, 'L_last');
      expectClose(out.loss.L_sum, json.loss.L_sum, 'L_sum');
    });
  }
});
