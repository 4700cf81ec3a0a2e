import { describe, expect, it } from 'vitest';
import {
  backward,
  createRng,
  createWorkspace,
  initModel,
  runForward,
  stateGradients,
  type CellKind,
  type Model,
  type StateGradients,
} from '../../src/engine';

const CELLS: CellKind[] = ['rnn', 'lstm', 'gru'];

function setUp(cell: CellKind, numLayers: number, bias: boolean, weightScale = 1) {
  const rng = createRng(11);
  const [T, B, I, H] = [6, 2, 3, 4];
  const config = { cell, inputSize: I, hiddenSize: H, numLayers, bias };
  const model: Model = initModel(config, rng, { weightScale });
  const x = Float64Array.from({ length: T * B * I }, () => rng.normal());
  const dOut = Float64Array.from({ length: T * B * H }, () => rng.normal());
  return { model, trace: runForward(model, { seqLen: T, batch: B, x }), dOut };
}

/** Every per-step gradient, norm and initial-state gradient, as plain numbers by name. */
function states(g: StateGradients) {
  return {
    layers: g.layers.map((q) => Object.fromEntries(Object.entries(q).map(([n, a]) => [n, [...a]]))),
    h0: [...g.h0],
    c0: g.c0 && [...g.c0],
    norms: { ...g.norms, h: [...g.norms.h], c: g.norms.c && [...g.norms.c] },
    nonFinite: g.nonFinite,
  };
}

describe('stateGradients(model, trace, dOutput)', () => {
  it('gives the states’ gradients of backward, bit for bit, without the weights’', () => {
    for (const cell of CELLS) {
      for (const numLayers of [1, 3]) {
        for (const bias of [true, false]) {
          const { model, trace, dOut } = setUp(cell, numLayers, bias);
          const full = backward(model, trace, dOut);
          const only = stateGradients(model, trace, dOut);
          expect(states(only), `${cell}, ${numLayers} layers, bias ${bias}`).toEqual(states(full));
          expect('params' in only).toBe(false);
          expect(only.layers).toHaveLength(numLayers);
          expect(Object.keys(only.layers[0]).sort()).toEqual(Object.keys(full.layers[0]).sort());
        }
      }
    }
  });

  it('reports the same first non-finite gradient as backward', () => {
    for (const cell of CELLS) {
      const { model, trace, dOut } = setUp(cell, 2, true);
      // dL/d(output) overflowing at its last step: every gradient before it is non-finite.
      dOut[dOut.length - 1] = Infinity;
      const full = backward(model, trace, dOut);
      const only = stateGradients(model, trace, dOut);
      expect(full.nonFinite, cell).not.toBeNull();
      expect(only.nonFinite).toEqual(full.nonFinite);
    }
  });

  it('leaves a workspace’s weight gradients alone and reuses its state arrays', () => {
    const { model, trace, dOut } = setUp('lstm', 2, true);
    const ws = createWorkspace();
    const full = backward(model, trace, dOut, ws);
    const dW = [...full.params.weight_hh_l0];
    const only = stateGradients(model, trace, dOut, ws);
    expect(only.layers[0].h).toBe(full.layers[0].h);
    expect([...full.params.weight_hh_l0]).toEqual(dW);
  });
});
