import { describe, expect, it } from 'vitest';
import { createRng, initModel } from '../../src/engine';
import {
  DEFAULT_SETTINGS,
  createGateScopeStore,
  deriveModel,
  deriveRun,
  settingsProblem,
  settingsProblemText,
} from '../../src/store';

describe('deriveModel', () => {
  it('draws PyTorch’s init from the seed, scales W_hh and adds the gate bias to b_ih’s gate rows', () => {
    const s = { ...DEFAULT_SETTINGS, hiddenSize: 3, recurrentScale: 2, gateBias: 3, seed: 9 };
    const m = deriveModel(s, 2);
    const config = { cell: 'lstm' as const, inputSize: 2, hiddenSize: 3, numLayers: 1, bias: true };
    const ref = initModel(config, createRng(9));
    expect(Array.from(m.params.weight_hh_l0)).toEqual(
      Array.from(ref.params.weight_hh_l0.map((v) => 2 * v)),
    );
    expect(Array.from(m.params.weight_ih_l0)).toEqual(Array.from(ref.params.weight_ih_l0));
    const b = Array.from(m.params.bias_ih_l0);
    const want = Array.from(ref.params.bias_ih_l0).map((v, r) => (r >= 3 && r < 6 ? v + 3 : v));
    expect(b).toEqual(want);
    expect(Array.from(m.params.bias_hh_l0)).toEqual(Array.from(ref.params.bias_hh_l0));
  });
});

describe('deriveModel, again for other scales', () => {
  it('gives each model parameters of its own, equal to a fresh draw, though draws are reused', () => {
    const s = { ...DEFAULT_SETTINGS, hiddenSize: 3, seed: 4 };
    const config = { cell: 'lstm' as const, inputSize: 1, hiddenSize: 3, numLayers: 1, bias: true };
    const ref = initModel(config, createRng(4));
    const a = deriveModel({ ...s, recurrentScale: 2 }, 1);
    a.params.weight_ih_l0.fill(7);
    const b = deriveModel({ ...s, recurrentScale: 3 }, 1);
    expect(b.params.weight_hh_l0).not.toBe(a.params.weight_hh_l0);
    expect(Array.from(b.params.weight_ih_l0)).toEqual(Array.from(ref.params.weight_ih_l0));
    expect(Array.from(b.params.weight_hh_l0)).toEqual(
      Array.from(ref.params.weight_hh_l0.map((v) => 3 * v)),
    );
    expect(Array.from(a.params.weight_hh_l0)).toEqual(
      Array.from(ref.params.weight_hh_l0.map((v) => 2 * v)),
    );
  });
});

describe('deriveRun, again with the same input', () => {
  it('still runs after a worker transferred the last run’s arrays away', () => {
    const s = {
      ...DEFAULT_SETTINGS,
      hiddenSize: 3,
      sequence: { kind: 'noise', seqLen: 6 },
    } as const;
    const first = deriveRun(s);
    const x = Array.from(first.input.x);
    // What lab.worker.ts does with a result: postMessage transfers every typed array's buffer.
    structuredClone(first.input.x.buffer, { transfer: [first.input.x.buffer] });
    expect(first.input.x).toHaveLength(0);
    const again = deriveRun({ ...s, recurrentScale: 2 });
    expect(Array.from(again.input.x)).toEqual(x);
  });

  it('draws the same loss target from the seed, though the draw is kept, and after a transfer', () => {
    const s = { ...DEFAULT_SETTINGS, hiddenSize: 4, seed: 11, loss: 'last' } as const;
    const first = deriveRun(s);
    const target = Array.from(first.lossInputs.target!);
    // The seed's loss stream (derive.ts: seed ^ 0x1055), drawn by hand: U(−1, 1) per unit.
    const rng = createRng((11 ^ 0x1055) >>> 0);
    expect(target).toEqual(Array.from({ length: 4 }, () => rng.uniform(-1, 1)));
    structuredClone(first.lossInputs.target!.buffer, {
      transfer: [first.lossInputs.target!.buffer],
    });
    const again = deriveRun({ ...s, recurrentScale: 2 });
    expect(Array.from(again.lossInputs.target!)).toEqual(target);
    // Every step's weights for the other loss: N(0, 1), T·H of them.
    const every = deriveRun({ ...s, loss: 'every' });
    const normal = createRng((11 ^ 0x1055) >>> 0);
    const T = every.trace.seqLen;
    expect(Array.from(every.lossInputs.Wout!)).toEqual(
      Array.from({ length: T * 4 }, () => normal.normal()),
    );
  });
});

describe('store.update', () => {
  it('refuses invalid settings with a message and keeps the old run', () => {
    const store = createGateScopeStore();
    const trace = store.getState().trace;
    const problems = [
      store.getState().update({ sequence: { kind: 'numbers', values: [] } }),
      store.getState().update({ sequence: { kind: 'numbers', values: [1, NaN] } }),
      store.getState().update({ hiddenSize: 0 }),
      store.getState().update({ sequence: { kind: 'text', text: '' } }),
      store.getState().update({ weightScale: Infinity }),
    ];
    expect(problems.map((p) => p?.kind)).toEqual([
      'emptySequence',
      'sequenceNotFinite',
      'outOfRange',
      'emptySequence',
      'outOfRange',
    ]);
    expect(problems[2]).toEqual({
      kind: 'outOfRange',
      setting: 'hiddenSize',
      min: 1,
      max: 128,
      got: 0,
    });
    expect(settingsProblemText(problems[0]!, 'en')).toBe(
      'The sequence is empty: give it at least one step.',
    );
    expect(settingsProblemText(problems[2]!, 'en')).toBe(
      'Hidden size must be between 1 and 128; got 0.',
    );
    expect(store.getState().trace).toBe(trace);
  });

  it('reruns forward and backward on a change and clamps the view to the new run', () => {
    const store = createGateScopeStore({ hiddenSize: 6 });
    store.getState().setUnit(5);
    expect(store.getState().update({ hiddenSize: 2, numLayers: 2 })).toBeNull();
    const s = store.getState();
    expect(s.unit).toBe(1);
    expect(s.trace.layers).toHaveLength(2);
    expect(s.grads.norms.h).toHaveLength(s.trace.seqLen);
  });

  it('a text sequence is one-hot: the input size follows the vocabulary', () => {
    const store = createGateScopeStore({ sequence: { kind: 'text', text: 'abca' } });
    expect(store.getState().trace.config.inputSize).toBe(3);
    expect(
      settingsProblem({ ...DEFAULT_SETTINGS, sequence: { kind: 'sine', seqLen: 501 } }),
    ).toEqual({ kind: 'sequenceTooLong', steps: 501, max: 500 });
  });
});
