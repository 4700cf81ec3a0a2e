import { describe, expect, it } from 'vitest';
import {
  InteropError,
  parseWeightsJson,
  readWeights,
  type ParseError,
} from '../../src/engine/interop';
import { matrix, omit, stateDict, tensor3, vector } from './interop-builders';

/** The error `parseWeightsJson(text)` reports, failing the test if the file is accepted. */
function rejected(text: string): ParseError {
  const result = parseWeightsJson(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error;
}

/** The error for a JSON value written out as text. */
const rejectedJson = (value: unknown) => rejected(JSON.stringify(value));

/** An LSTM state_dict (I = 3, H = 4, L = 2) to break in one place. */
const lstm = () => stateDict(4, 3, 4, 2);

describe('parseWeightsJson: the text and the top level', () => {
  it('parseWeightsJson(…) reports text that is not JSON, with its line and column', () => {
    const error = rejected('{"weight_ih_l0": [[1, 2]]\n  "weight_hh_l0": []}');
    expect(error.path).toBe('');
    expect(error.message).toMatch(
      /^Not valid JSON: expected ',' or '}' .* \(line 2, column 3\)\.$/,
    );
    expect(rejected('hello').message).toContain('Not valid JSON');
    expect(rejected('').message).toBe('The file is empty: expected JSON.');
  });

  it('parseWeightsJson(…) requires an object at the top level', () => {
    for (const text of ['[1, 2]', '3', '"abc"', 'null']) {
      const error = rejected(text);
      expect(error.path).toBe('');
      expect(error.message).toContain('must be a JSON object');
    }
  });

  it('parseWeightsJson(…) reports a file without weight_hh_l0', () => {
    const bare = rejectedJson({ weights: [1] });
    expect(bare).toEqual({
      path: '',
      problem: { kind: 'noModule' },
      message: expect.stringContaining('The file has no weight_hh_l0'),
    });
    const structured = rejectedJson({ params: {}, config: {} });
    expect(structured.path).toBe('params');
    expect(structured.message).toMatch(/^params has no weight_hh_l0/);
  });

  it('parseWeightsJson(…) requires params to be an object', () => {
    expect(rejectedJson({ params: [[1]] })).toEqual({
      path: 'params',
      problem: { kind: 'notSection', section: 'params', value: { type: 'list' } },
      message: 'params is a list; expected an object of PyTorch parameters',
    });
  });

  it('readWeights(…) throws an InteropError for an already-parsed value', () => {
    expect(() => readWeights([])).toThrow(InteropError);
    const bad = { params: { ...lstm(), bias_hh_l0: [NaN] } };
    expect(() => readWeights(bad)).toThrow(
      expect.objectContaining({ name: 'InteropError', path: 'params.bias_hh_l0' }),
    );
  });
});

describe('parseWeightsJson: keys', () => {
  it('parseWeightsJson(…) refuses a key that is no LSTM/GRU/RNN parameter', () => {
    const error = rejectedJson({ ...lstm(), foo: [1] });
    expect(error.path).toBe('foo');
    expect(error.message).toMatch(/^foo is not a parameter of nn\.LSTM, nn\.GRU or nn\.RNN/);
    expect(rejectedJson({ params: { ...lstm(), weight_ih_l01: [] } }).path).toBe(
      'params.weight_ih_l01',
    );
  });

  it('parseWeightsJson(…) says that bidirectional networks are not supported', () => {
    const error = rejectedJson({ params: { ...lstm(), weight_ih_l0_reverse: matrix(16, 3) } });
    expect(error.path).toBe('params.weight_ih_l0_reverse');
    expect(error.message).toContain('bidirectional network, which is not supported');
  });

  it('parseWeightsJson(…) says that LSTM projections are not supported', () => {
    const error = rejectedJson({ ...lstm(), weight_hr_l0: matrix(2, 4) });
    expect(error).toEqual({
      path: 'weight_hr_l0',
      problem: { kind: 'unknownKey', why: 'projection' },
      message: expect.stringContaining('proj_size'),
    });
  });

  it('parseWeightsJson(…) reports a missing bias_hh when bias_ih of the layer is there', () => {
    const error = rejectedJson({ params: omit(lstm(), 'bias_hh_l1') });
    expect(error.path).toBe('params.bias_hh_l1');
    expect(error.message).toBe(
      'params.bias_hh_l1 is missing: layer 1 needs both bias_ih_l1 and bias_hh_l1, as the file has biases',
    );
  });

  it('parseWeightsJson(…) reports a layer without biases when others have them', () => {
    expect(rejectedJson(omit(lstm(), 'bias_ih_l0', 'bias_hh_l0')).path).toBe('bias_ih_l0');
  });

  it('parseWeightsJson(…) reports a missing weight of a layer', () => {
    const error = rejectedJson(omit(lstm(), 'weight_ih_l1'));
    expect(error.path).toBe('weight_ih_l1');
    expect(error.message).toContain(
      'weight_ih_l1 is missing: layer 1 needs weight_ih_l1 and weight_hh_l1',
    );
    expect(rejectedJson(omit(lstm(), 'weight_ih_l0')).path).toBe('weight_ih_l0');
  });

  it('parseWeightsJson(…) reports a gap in the layer numbers', () => {
    const gapped = omit(stateDict(1, 2, 2, 3, false), 'weight_ih_l1', 'weight_hh_l1');
    const error = rejectedJson(gapped);
    expect(error.path).toBe('weight_ih_l1');
    expect(error.message).toContain('layer 1 has no parameters but layer 2 has');
  });

  it('parseWeightsJson(…) requires every key to share the module prefix', () => {
    const prefixed = Object.fromEntries(Object.entries(lstm()).map(([k, v]) => [`lstm.${k}`, v]));
    // Not a head's weight or bias (those may stand beside the module): outside it.
    const error = rejectedJson({ ...prefixed, 'norm.running_mean': [1] });
    expect(error.path).toBe('norm.running_mean');
    expect(error.message).toContain('all keys must share the prefix "lstm."');
    const unprefixed = rejectedJson({ params: { ...prefixed, weight_ih_l0: [[1]] } });
    expect(unprefixed.path).toBe('params.weight_ih_l0');
  });

  it('parseWeightsJson(…) refuses two recurrent modules in one file', () => {
    const error = rejectedJson({ 'a.weight_hh_l0': [[1]], 'b.weight_hh_l0': [[1]] });
    expect(error.path).toBe('b.weight_hh_l0');
    expect(error.message).toContain('export one module at a time');
  });

  it('parseWeightsJson(…) names prefixed keys in full in shape errors', () => {
    const sd = stateDict(3, 2, 2, 1);
    const prefixed = Object.fromEntries(Object.entries(sd).map(([k, v]) => [`gru.${k}`, v]));
    prefixed['gru.bias_ih_l0'] = vector(5);
    expect(rejectedJson({ params: prefixed })).toEqual({
      path: 'params.gru.bias_ih_l0',
      problem: { kind: 'shape', shape: '(5)', expected: '(6)' },
      message: 'params.gru.bias_ih_l0 has shape (5); expected (6)',
    });
  });
});

describe('parseWeightsJson: shapes', () => {
  it('parseWeightsJson(…) reports a wrong shape with both shapes', () => {
    const sd = { ...stateDict(4, 3, 4, 2), weight_ih_l1: matrix(16, 5) };
    expect(rejectedJson({ params: sd })).toEqual({
      path: 'params.weight_ih_l1',
      problem: { kind: 'shape', shape: '(16, 5)', expected: '(16, 4)' },
      message: 'params.weight_ih_l1 has shape (16, 5); expected (16, 4)',
    });
    const shortW = rejectedJson({ ...lstm(), weight_ih_l0: matrix(12, 3) });
    expect(shortW.message).toBe('weight_ih_l0 has shape (12, 3); expected (16, ?)');
  });

  it('parseWeightsJson(…) requires weight_hh_l0 to have 4·H, 3·H or H rows', () => {
    const notMultiple = rejectedJson({ ...lstm(), weight_hh_l0: matrix(10, 4) });
    expect(notMultiple.path).toBe('weight_hh_l0');
    expect(notMultiple.message).toBe(
      'weight_hh_l0 has shape (10, 4), so the hidden size is 4 and its rows must be ' +
        '4 × 4 = 16 (LSTM), 3 × 4 = 12 (GRU) or 4 (RNN)',
    );
    expect(rejectedJson({ ...lstm(), weight_hh_l0: matrix(8, 4) }).message).toContain(
      'rows must be',
    );
    expect(rejectedJson({ ...lstm(), weight_hh_l0: [[], []] }).message).toContain(
      'the hidden size (its columns) must be ≥ 1',
    );
  });

  it('parseWeightsJson(…) reports layers of different hidden sizes', () => {
    const sd = { ...stateDict(4, 3, 5, 2), weight_hh_l1: matrix(24, 6) };
    expect(rejectedJson(sd)).toEqual({
      path: 'weight_hh_l1',
      problem: { kind: 'layerWidth', hidden: 6, first: 5 },
      message: 'weight_hh_l1 has hidden size 6 but layer 0 has 5: all layers must match',
    });
  });

  it('parseWeightsJson(…) reports ragged rows', () => {
    const W = matrix(16, 3);
    W[9] = [1, 2];
    const error = rejectedJson({ params: { ...lstm(), weight_ih_l0: W } });
    expect(error.path).toBe('params.weight_ih_l0[9]');
    expect(error.message).toContain('has 2 entries but params.weight_ih_l0[0] has 3');
  });

  it('parseWeightsJson(…) names a non-numeric entry and what it is', () => {
    const W = matrix(16, 3);
    W[3][1] = 'abc' as unknown as number;
    expect(rejectedJson({ params: { ...lstm(), weight_ih_l0: W } })).toEqual({
      path: 'params.weight_ih_l0[3][1]',
      problem: { kind: 'notNumber', value: { type: 'string', quoted: '"abc"' } },
      message: 'params.weight_ih_l0[3][1] is "abc", not a number',
    });
    const b = vector(16) as unknown[];
    b[15] = null;
    expect(rejectedJson({ ...lstm(), bias_hh_l1: b }).message).toBe(
      'bias_hh_l1[15] is null, not a number',
    );
  });
});

describe('parseWeightsJson: NaN and Infinity', () => {
  /** A GRU (I = 1, H = 2) as Python's json.dump writes it, with `token` at weight_hh_l0[2][1]. */
  const gru = (token: string) => `{
  "name": "NaN in a string is just text",
  "params": {
    "weight_ih_l0": [[0.1], [0.2], [0.3], [0.4], [0.5], [0.6]],
    "weight_hh_l0": [[1.0, 1.5], [2.0, 2.5], [3.0, ${token}], [4.0, 4.5], [5.0, 5.5], [6.0, 6.5]]
  }
}`;

  it('parseWeightsJson(…) reads the hand-made GRU when its entries are finite', () => {
    const result = parseWeightsJson(gru('3.5'));
    expect(result.ok && result.file.model.params.weight_hh_l0[2 * 2 + 1]).toBe(3.5);
  });

  it("parseWeightsJson(…) reports Python's NaN token at its entry", () => {
    expect(() => JSON.parse(gru('NaN'))).toThrow();
    expect(rejected(gru('NaN'))).toEqual({
      path: 'params.weight_hh_l0[2][1]',
      problem: { kind: 'nonFinite', value: 'NaN' },
      message: 'params.weight_hh_l0[2][1] is NaN: values must be finite',
    });
  });

  it("parseWeightsJson(…) reports Python's Infinity and -Infinity tokens", () => {
    expect(rejected(gru('Infinity')).message).toBe(
      'params.weight_hh_l0[2][1] is Infinity: values must be finite',
    );
    expect(rejected(gru('-Infinity')).message).toBe(
      'params.weight_hh_l0[2][1] is -Infinity: values must be finite',
    );
  });

  it('parseWeightsJson(…) reports a number too large for float64 as Infinity', () => {
    expect(rejected(gru('1e999')).message).toBe(
      'params.weight_hh_l0[2][1] is Infinity: values must be finite',
    );
  });

  it('parseWeightsJson(…) ignores NaN in fields it does not read', () => {
    const text = gru('3.5').replace('"name"', '"checks": {"diff": NaN, "max": -Infinity}, "name"');
    expect(parseWeightsJson(text).ok).toBe(true);
  });

  it('parseWeightsJson(…) reports a syntax error after a NaN token where it is', () => {
    const error = rejected(gru('NaN').replace('[4.0, 4.5]', '[4.0 4.5]'));
    expect(error.path).toBe('');
    expect(error.message).toContain(`expected ',' or ']' after a list entry, found "4" (line 5,`);
  });
});

describe('parseWeightsJson: inputs, loss and config', () => {
  const gru = stateDict(3, 2, 3, 1);

  it('parseWeightsJson(…) refuses c0 for a GRU or an RNN', () => {
    const inputs = { x: tensor3(2, 1, 2), c0: tensor3(1, 1, 3) };
    expect(rejectedJson({ params: gru, inputs })).toEqual({
      path: 'inputs.c0',
      problem: { kind: 'c0NotLstm', cell: 'gru' },
      message:
        "inputs.c0 is given, but only an LSTM has a cell state c (these weights are a GRU's)",
    });
    const rnn = rejectedJson({ params: stateDict(1, 2, 3, 1), inputs });
    expect(rnn.message).toContain("a plain RNN's");
  });

  it('parseWeightsJson(…) reports inputs.x of the wrong input size', () => {
    const error = rejectedJson({ params: gru, inputs: { x: tensor3(4, 2, 5) } });
    expect(error.path).toBe('inputs.x');
    expect(error.message).toBe(
      'inputs.x has shape (4, 2, 5), but its last size must be the input size 2 (the columns of weight_ih_l0)',
    );
  });

  it('parseWeightsJson(…) reports inputs.x of the wrong depth, or missing', () => {
    const flat = rejectedJson({ params: gru, inputs: { x: matrix(4, 2) } });
    expect(flat).toEqual({
      path: 'inputs.x',
      problem: {
        kind: 'shape',
        shape: '(4, 2)',
        expected: '(?, ?, ?)',
        meaning: '(seq_len, batch, input_size)',
      },
      message: 'inputs.x has shape (4, 2); expected (?, ?, ?), i.e. (seq_len, batch, input_size)',
    });
    expect(rejectedJson({ params: gru, inputs: { h0: [[[0, 0, 0]]] } }).path).toBe('inputs.x');
    expect(rejectedJson({ params: gru, inputs: [1] }).path).toBe('inputs');
    expect(rejectedJson({ params: gru, inputs: { x: [] } }).path).toBe('inputs.x');
  });

  it('parseWeightsJson(…) reports h0 that is not (num_layers, batch, hidden_size)', () => {
    const error = rejectedJson({
      params: gru,
      inputs: { x: tensor3(4, 2, 2), h0: tensor3(1, 1, 3) },
    });
    expect(error).toEqual({
      path: 'inputs.h0',
      problem: {
        kind: 'shape',
        shape: '(1, 1, 3)',
        expected: '(1, 2, 3)',
        meaning: '(num_layers, batch, hidden_size)',
      },
      message:
        'inputs.h0 has shape (1, 1, 3); expected (1, 2, 3), i.e. (num_layers, batch, hidden_size)',
    });
  });

  it('parseWeightsJson(…) reports a loss whose batch or size disagrees', () => {
    const inputs = { x: tensor3(4, 2, 2) };
    const target = rejectedJson({ params: gru, inputs, loss: { target: matrix(1, 3) } });
    expect(target.path).toBe('loss.target');
    expect(target.message).toContain('expected (2, 3), i.e. (batch, hidden_size)');
    const Wout = rejectedJson({ params: gru, inputs, loss: { Wout: tensor3(3, 2, 3) } });
    expect(Wout.message).toBe(
      'loss.Wout has shape (3, 2, 3); expected (4, 2, 3), i.e. (seq_len, batch, hidden_size)',
    );
    const noX = rejectedJson({
      params: gru,
      loss: { Wout: tensor3(3, 2, 3), target: matrix(1, 3) },
    });
    expect(noX.path).toBe('loss.target');
    expect(rejectedJson({ params: gru, loss: 0 }).path).toBe('loss');
  });

  it('parseWeightsJson(…) refuses a ReLU RNN, which its shapes cannot reveal', () => {
    const error = rejectedJson({ config: { nonlinearity: 'relu' }, params: stateDict(1, 2, 3, 1) });
    expect(error.path).toBe('config.nonlinearity');
    expect(error.message).toContain('only tanh RNNs are supported');
    expect(rejectedJson({ config: { cell: 'rnn_relu' }, params: gru }).path).toBe('config.cell');
  });

  it('parseWeightsJson(…) refuses batch-first inputs but not a batch-first flag alone', () => {
    const inputs = { x: tensor3(4, 2, 2) };
    const error = rejectedJson({ config: { batch_first: true }, params: gru, inputs });
    expect(error.path).toBe('config.batch_first');
    expect(
      parseWeightsJson(JSON.stringify({ config: { batch_first: true }, params: gru })).ok,
    ).toBe(true);
  });
});
