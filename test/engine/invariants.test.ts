import { describe, expect, it } from 'vitest';
import { runForward } from '../../src/engine/forward';
import { initModel } from '../../src/engine/init';
import { tanh } from '../../src/engine/libm';
import { createRng } from '../../src/engine/rng';
import type { CellKind, Model } from '../../src/engine/types';

const H = 3;

/** A seeded model with gate block q's biases set to `value` (both bias_ih and bias_hh halves). */
function withGateBias(cell: CellKind, q: number, value: number, base?: Model): Model {
  const model =
    base ??
    initModel({ cell, inputSize: 2, hiddenSize: H, numLayers: 1, bias: true }, createRng(3));
  for (const name of ['bias_ih_l0', 'bias_hh_l0']) {
    for (let j = 0; j < H; j++) model.params[name][q * H + j] = value / 2;
  }
  return model;
}

const input = (T: number, cell: CellKind) => {
  const rng = createRng(11);
  const draw = (n: number) => Float64Array.from({ length: n }, () => rng.uniform(-2, 2));
  return {
    seqLen: T,
    batch: 1,
    x: draw(T * 2),
    h0: draw(H),
    c0: cell === 'lstm' ? draw(H) : undefined,
  };
};

describe('cell invariants', () => {
  it('an LSTM with f = 1 and i = 0 carries c unchanged, exactly', () => {
    // σ(+2000) = 1 and σ(−2000) = 0 exactly in float64.
    const model = withGateBias('lstm', 0, -2000, withGateBias('lstm', 1, 2000));
    const inp = input(8, 'lstm');
    const trace = runForward(model, inp);
    for (let t = 0; t < 8; t++) {
      for (let j = 0; j < H; j++) {
        expect(trace.layers[0].f[t * H + j]).toBe(1);
        expect(trace.layers[0].i[t * H + j]).toBe(0);
        expect(trace.layers[0].c[t * H + j]).toBe(inp.c0![j]);
      }
    }
  });

  it('an LSTM with f = 0 and i = 1 forgets: c_t = g_t', () => {
    const model = withGateBias('lstm', 0, 2000, withGateBias('lstm', 1, -2000));
    const trace = runForward(model, input(5, 'lstm'));
    expect(Array.from(trace.layers[0].c)).toEqual(Array.from(trace.layers[0].g));
  });

  it('a GRU with z = 1 copies h, exactly', () => {
    const model = withGateBias('gru', 1, 2000);
    const inp = input(6, 'gru');
    const trace = runForward(model, inp);
    for (let t = 0; t < 6; t++) {
      for (let j = 0; j < H; j++) expect(trace.layers[0].h[t * H + j]).toBe(inp.h0[j]);
    }
  });

  it('a GRU with z = 0 takes the candidate: h_t = n_t', () => {
    const trace = runForward(withGateBias('gru', 1, -2000), input(6, 'gru'));
    expect(Array.from(trace.layers[0].h)).toEqual(Array.from(trace.layers[0].n));
  });

  it('a GRU with r = 0 ignores W_hn h: pre_n = gi_n', () => {
    const trace = runForward(withGateBias('gru', 0, -2000), input(4, 'gru'));
    expect(Array.from(trace.layers[0].pre_n)).toEqual(Array.from(trace.layers[0].gi_n));
  });

  it('an RNN with zero weights outputs tanh(b_ih + b_hh) at every step', () => {
    const model = initModel(
      { cell: 'rnn', inputSize: 2, hiddenSize: H, numLayers: 1, bias: true },
      createRng(5),
    );
    model.params.weight_ih_l0.fill(0);
    model.params.weight_hh_l0.fill(0);
    const trace = runForward(model, input(4, 'rnn'));
    for (let t = 0; t < 4; t++) {
      for (let j = 0; j < H; j++) {
        const want = tanh(model.params.bias_ih_l0[j] + model.params.bias_hh_l0[j]);
        expect(trace.output[t * H + j]).toBe(want);
      }
    }
  });

  it('a one-unit LSTM step worked by hand: x = 1, h0 = 0, c0 = 0.5, weights 0.5, no bias', () => {
    const model = initModel(
      { cell: 'lstm', inputSize: 1, hiddenSize: 1, numLayers: 1, bias: false },
      createRng(1),
    );
    model.params.weight_ih_l0.fill(0.5);
    model.params.weight_hh_l0.fill(0.5);
    const trace = runForward(model, {
      seqLen: 1,
      batch: 1,
      x: Float64Array.of(1),
      c0: Float64Array.of(0.5),
    });
    // Every gate's pre-activation is 0.5·1 + 0.5·0 = 0.5; σ(0.5) = 0.6224593312018546.
    const s = 0.6224593312018546;
    const g = 0.46211715726000974; // tanh(0.5)
    // c = σ·0.5 + σ·tanh(0.5) = 0.5988788022458953; h = σ·tanh(c) = 0.3337946051723406 (by hand, in Python's math)
    expect(trace.layers[0].f[0]).toBeCloseTo(s, 15);
    expect(trace.layers[0].g[0]).toBeCloseTo(g, 15);
    expect(trace.layers[0].c[0]).toBeCloseTo(0.5988788022458953, 15);
    expect(trace.output[0]).toBeCloseTo(0.3337946051723406, 15);
  });
});
