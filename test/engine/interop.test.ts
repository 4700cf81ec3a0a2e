import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WeightsFile } from '../../src/engine/interop';
import {
  parseWeightsJson,
  readWeights,
  writeConfig,
  writeStateDict,
  writeWeights,
} from '../../src/engine/interop';
import type { CellKind, Model } from '../../src/engine/types';
import { matrix, stateDict, tensor3, vector } from './interop-builders';

/** The parsed file, failing the test with the error's message if there is one. */
function parsed(text: string): WeightsFile {
  const result = parseWeightsJson(text);
  if (!result.ok) throw new Error(`${result.error.path}: ${result.error.message}`);
  return result.file;
}

/** Flattens nested lists row-major, independently of the code under test. */
const flat = (nested: unknown) =>
  Float64Array.from((nested as number[]).flat(Infinity) as number[]);

describe('parseWeightsJson: shapes', () => {
  it('parseWeightsJson(…) infers an LSTM’s sizes from its shapes', () => {
    const file = parsed(JSON.stringify(stateDict(4, 3, 2, 1)));
    expect(file.model.config).toEqual({
      cell: 'lstm',
      inputSize: 3,
      hiddenSize: 2,
      numLayers: 1,
      bias: true,
    });
    expect(file.inputs).toBeUndefined();
    expect(file.loss).toBeUndefined();
  });

  it('parseWeightsJson(…) tells GRU from RNN by the rows of weight_hh_l0 (3·H or H)', () => {
    const gru = parsed(JSON.stringify(stateDict(3, 2, 4, 1))).model.config;
    expect(gru).toMatchObject({ cell: 'gru', inputSize: 2, hiddenSize: 4 });
    const rnn = parsed(JSON.stringify(stateDict(1, 5, 3, 1))).model.config;
    expect(rnn).toMatchObject({ cell: 'rnn', inputSize: 5, hiddenSize: 3 });
  });

  it('parseWeightsJson(…) counts layers and sees the absence of bias', () => {
    const config = parsed(JSON.stringify(stateDict(3, 4, 2, 3, false))).model.config;
    expect(config).toEqual({ cell: 'gru', inputSize: 4, hiddenSize: 2, numLayers: 3, bias: false });
  });

  it('parseWeightsJson(…) reads a 1 × 1 RNN, every dimension still nested', () => {
    const text = '{"weight_ih_l0": [[0.5]], "weight_hh_l0": [[-0.25]]}';
    const { config, params } = parsed(text).model;
    expect(config).toEqual({ cell: 'rnn', inputSize: 1, hiddenSize: 1, numLayers: 1, bias: false });
    expect(params).toEqual({
      weight_ih_l0: Float64Array.of(0.5),
      weight_hh_l0: Float64Array.of(-0.25),
    });
  });

  it('parseWeightsJson(…) stores W row-major: entry [r][c] of (G·H, I) at r·I + c', () => {
    const { params } = parsed(JSON.stringify(stateDict(4, 3, 2, 1))).model;
    const W = params.weight_ih_l0;
    expect(W.length).toBe(8 * 3);
    expect(W[5 * 3 + 2]).toBe(0 + 5 / 100 + 2 / 10000);
    expect(params.bias_hh_l0[7]).toBe(3 + 7 / 100);
  });

  it('parseWeightsJson(…) returns params in PyTorch order whatever the order of the keys', () => {
    const sd = stateDict(1, 2, 2, 2);
    const reversed = Object.fromEntries(Object.entries(sd).reverse());
    const { params } = parsed(JSON.stringify(reversed)).model;
    expect(Object.keys(params)).toEqual(Object.keys(sd));
  });

  it('parseWeightsJson(…) drops a module prefix shared by every key', () => {
    for (const prefix of ['lstm.', 'rnn.', 'encoder.rnn.']) {
      const sd = stateDict(4, 2, 3, 2);
      const prefixed = Object.fromEntries(Object.entries(sd).map(([k, v]) => [prefix + k, v]));
      const { config, params } = parsed(JSON.stringify({ params: prefixed })).model;
      expect(config).toMatchObject({ cell: 'lstm', numLayers: 2, hiddenSize: 3 });
      expect(Object.keys(params)).toEqual(Object.keys(sd));
      expect(params.weight_hh_l1).toEqual(flat(sd.weight_hh_l1));
    }
  });

  it('parseWeightsJson(…) accepts a leading byte-order mark', () => {
    expect(parsed('\uFEFF' + JSON.stringify(stateDict(1, 1, 1, 1))).model.config.cell).toBe('rnn');
  });
});

describe('parseWeightsJson: the fixtures’ layout', () => {
  const x = tensor3(4, 2, 3);
  const h0 = tensor3(2, 2, 5, 0.5);
  const c0 = tensor3(2, 2, 5, -0.5);
  const file = {
    kind: 'full',
    name: 'hand-made',
    meta: { anything: [1, 2] },
    config: { cell: 'lstm', nonlinearity: 'tanh', batch_first: false },
    params: stateDict(4, 3, 5, 2),
    inputs: { x, h0, c0 },
    forward: { output: 'ignored' },
    loss: { Wout: tensor3(4, 2, 5, 9), target: matrix(2, 5, 7), L_sum: 1.5, L_last: 0.25 },
    grads: null,
    checks: {},
  };

  it('parseWeightsJson(…) reads params, inputs and loss, and ignores every other field', () => {
    const { model, inputs, loss } = parsed(JSON.stringify(file));
    expect(model.config).toEqual({
      cell: 'lstm',
      inputSize: 3,
      hiddenSize: 5,
      numLayers: 2,
      bias: true,
    });
    expect(inputs).toEqual({ seqLen: 4, batch: 2, x: flat(x), h0: flat(h0), c0: flat(c0) });
    expect(loss).toEqual({ Wout: flat(file.loss.Wout), target: flat(file.loss.target) });
  });

  it('parseWeightsJson(…) leaves out what the file leaves out', () => {
    const bare = parsed(JSON.stringify({ ...file, inputs: { x }, loss: { L_last: 1 } }));
    expect(bare.inputs).toEqual({ seqLen: 4, batch: 2, x: flat(x) });
    expect(bare.loss).toBeUndefined();
    expect(parsed(JSON.stringify({ params: file.params })).inputs).toBeUndefined();
  });

  it('parseWeightsJson(…) reads a loss target without inputs, inferring the batch', () => {
    const { loss } = parsed(JSON.stringify({ params: file.params, loss: { target: [vector(5)] } }));
    expect(loss).toEqual({ target: Float64Array.from(vector(5)) });
  });
});

const FIXTURES = new URL('../fixtures/pytorch/', import.meta.url);
const fixtureFiles = [
  ...readdirSync(FIXTURES).map((f) => new URL(f, FIXTURES)),
  ...readdirSync(new URL('long/', FIXTURES)).map((f) => new URL(`long/${f}`, FIXTURES)),
].filter((url) => url.pathname.endsWith('.json'));

/** The engine's cell for the fixtures' `config.cell` (PyTorch's mode string). */
const CELL: Record<string, CellKind> = { lstm: 'lstm', gru: 'gru', rnn_tanh: 'rnn' };

describe('parseWeightsJson: every PyTorch fixture', () => {
  it('finds the fixtures', () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(45);
  });

  it.each(fixtureFiles.map((url) => [url.pathname.split('/pytorch/')[1], url] as const))(
    'parseWeightsJson(%s) infers its config and reads its values exactly',
    (_, url) => {
      const text = readFileSync(url, 'utf8');
      const json = JSON.parse(text);
      const { model, inputs, loss } = parsed(text);
      const c = json.config;
      expect(model.config).toEqual({
        cell: CELL[c.cell],
        inputSize: c.input_size,
        hiddenSize: c.hidden_size,
        numLayers: c.num_layers,
        bias: c.bias,
      });
      expect(Object.keys(model.params)).toEqual(Object.keys(json.params));
      for (const [name, nested] of Object.entries(json.params)) {
        expect(model.params[name]).toEqual(flat(nested));
      }
      expect(inputs?.seqLen).toBe(c.seq_len);
      expect(inputs?.batch).toBe(c.batch);
      expect(inputs?.x).toEqual(flat(json.inputs.x));
      expect(inputs?.h0).toEqual(flat(json.inputs.h0));
      expect(inputs?.c0).toEqual(json.inputs.c0 && flat(json.inputs.c0));
      expect(loss?.target).toEqual(flat(json.loss.target));
      expect(loss?.Wout).toEqual(json.loss.Wout && flat(json.loss.Wout));

      // The bare state_dict of the same model gives the same model.
      expect(parsed(JSON.stringify(json.params)).model).toEqual(model);
      // What writeWeights writes reads back identically.
      const again = parsed(JSON.stringify(writeWeights(model, { inputs, loss })));
      expect(again).toEqual({ model, inputs, loss });
    },
  );
});

describe('writeWeights and writeStateDict', () => {
  const model: Model = parsed(JSON.stringify(stateDict(3, 2, 3, 2))).model;

  it('writeStateDict(…) writes the bare map in PyTorch order, as .tolist() would', () => {
    const sd = writeStateDict(model);
    expect(sd).toEqual(stateDict(3, 2, 3, 2));
    expect(Object.keys(sd)).toEqual(Object.keys(stateDict(3, 2, 3, 2)));
    expect(readWeights(JSON.parse(JSON.stringify(sd))).model).toEqual(model);
  });

  it('writeWeights(…) always writes config and params, in the fixtures’ naming', () => {
    const out = writeWeights(model);
    expect(Object.keys(out)).toEqual(['config', 'params']);
    expect(out.config).toEqual({
      cell: 'gru',
      input_size: 2,
      hidden_size: 3,
      num_layers: 2,
      bias: true,
      batch_first: false,
      gate_order: ['r', 'z', 'n'],
      nonlinearity: 'tanh',
    });
    expect(writeConfig({ ...model.config, cell: 'rnn' }).cell).toBe('rnn_tanh');
  });

  it('writeWeights(…) writes a config that matches the fixtures’ own', () => {
    const text = readFileSync(new URL('lstm_L2_I3_H5_T7_B2_s2.json', FIXTURES), 'utf8');
    const fixture = JSON.parse(text);
    const config = writeWeights(parsed(text).model).config;
    for (const [key, value] of Object.entries(config)) expect(fixture.config[key]).toEqual(value);
  });

  it('writeWeights(…) round-trips inputs and loss through JSON text', () => {
    const inputs = {
      seqLen: 2,
      batch: 1,
      x: Float64Array.of(0.1, -0.2, 0.3, 0.4),
      h0: Float64Array.of(1, 2, 3, 4, 5, 6),
    };
    const loss = { Wout: Float64Array.of(1, 2, 3, 4, 5, 6), target: Float64Array.of(7, 8, 9) };
    const out = writeWeights(model, { inputs, loss });
    expect(out.inputs).toEqual({
      x: [[[0.1, -0.2]], [[0.3, 0.4]]],
      h0: [[[1, 2, 3]], [[4, 5, 6]]],
    });
    expect(parsed(JSON.stringify(out))).toEqual({ model, inputs, loss });
  });

  it('writeWeights(…) refuses Wout without inputs, which alone give its (T, B)', () => {
    expect(() => writeWeights(model, { loss: { Wout: new Float64Array(6) } })).toThrow(RangeError);
    const target = writeWeights(model, { loss: { target: Float64Array.of(1, 2, 3) } }).loss;
    expect(target).toEqual({ target: [[1, 2, 3]] });
  });

  it('writeStateDict(…) refuses a model whose parameter has the wrong length', () => {
    const broken = { ...model, params: { ...model.params, bias_ih_l1: new Float64Array(2) } };
    expect(() => writeStateDict(broken)).toThrow(RangeError);
  });
});

describe('parseWeightsJson: an nn.Linear head beside the module', () => {
  /** A whole model's state_dict: `lstm.*` (I 3, H 4, L 2) and a head `fc` with O = 2. */
  const wholeModel = (head: Record<string, unknown>) => ({
    ...Object.fromEntries(Object.entries(stateDict(4, 3, 4, 2)).map(([k, v]) => [`lstm.${k}`, v])),
    ...head,
  });

  it('reads fc.weight (O, H) and fc.bias (O) as the head, the rest as the LSTM', () => {
    const file = parsed(
      JSON.stringify(wholeModel({ 'fc.weight': matrix(2, 4, 9), 'fc.bias': vector(2, 8) })),
    );
    expect(file.model.config).toMatchObject({
      cell: 'lstm',
      inputSize: 3,
      hiddenSize: 4,
      numLayers: 2,
    });
    expect(file.head).toEqual({
      prefix: 'fc.',
      outputs: 2,
      weight: flat(matrix(2, 4, 9)),
      bias: Float64Array.of(8, 8.01),
    });
  });

  it('reads a head without bias, under params and with a bare module', () => {
    const bare = { ...stateDict(1, 3, 4, 1), 'head.weight': matrix(5, 4) };
    const file = parsed(JSON.stringify({ params: bare }));
    expect(file.model.config.cell).toBe('rnn');
    expect(file.head?.outputs).toBe(5);
    expect(file.head?.bias).toBeNull();
  });

  it('names the key of a head of the wrong width, a bias alone, or a second head', () => {
    const wide = parseWeightsJson(JSON.stringify(wholeModel({ 'fc.weight': matrix(2, 5) })));
    expect(wide.ok || wide.error).toMatchObject({
      path: 'fc.weight',
      message: expect.stringContaining('(out_features, hidden_size)'),
    });
    const alone = parseWeightsJson(JSON.stringify(wholeModel({ 'fc.bias': vector(2) })));
    expect(alone.ok || alone.error).toMatchObject({
      path: 'fc.bias',
      message: expect.stringContaining('needs its weight'),
    });
    const two = parseWeightsJson(
      JSON.stringify(wholeModel({ 'fc.weight': matrix(2, 4), 'out.weight': matrix(2, 4) })),
    );
    expect(two.ok || two.error).toMatchObject({
      path: 'out.weight',
      message: expect.stringContaining('one nn.Linear at most'),
    });
  });
});
