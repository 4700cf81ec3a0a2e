import { describe, expect, it } from 'vitest';
import { backward } from '../../src/engine/backward';
import { runForward } from '../../src/engine/forward';
import { initModel } from '../../src/engine/init';
import { l2norm, stepNorms } from '../../src/engine/norms';
import { createRng } from '../../src/engine/rng';
import type { CellKind } from '../../src/engine/types';

const model = (cell: CellKind, numLayers = 1) =>
  initModel({ cell, inputSize: 2, hiddenSize: 3, numLayers, bias: true }, createRng(4));
const x = (T: number) => Float64Array.from({ length: T * 2 }, (_, k) => Math.sin(k));

describe('overflow is data, not a crash', () => {
  it('reports the first non-finite forward value with its layer, step and quantity', () => {
    const m = model('lstm', 2);
    // b_ih + b_hh = MAX_VALUE + MAX_VALUE overflows to +Infinity in every gate of layer 1.
    m.params.bias_ih_l1.fill(Number.MAX_VALUE);
    m.params.bias_hh_l1.fill(Number.MAX_VALUE);
    const trace = runForward(m, { seqLen: 4, batch: 1, x: x(4) });
    // Layer 1 step 0's first sub-step (forget gate) overflows; the gate itself saturates to 0 or 1.
    expect(trace.nonFinite).toMatchObject({ layer: 1, step: 0, quantity: 'pre_f' });
    expect(trace.nonFinite!.value).toBe(Infinity);
    // σ(+∞) = 1: the gate saturates instead of turning into NaN.
    expect(Array.from(trace.layers[1].f)).toEqual(new Array(12).fill(1));
  });

  it('names an input NaN at its step before anything computed from it', () => {
    const xs = x(5);
    xs[3 * 2 + 1] = NaN;
    const trace = runForward(model('gru'), { seqLen: 5, batch: 1, x: xs });
    expect(trace.nonFinite).toMatchObject({ layer: 0, step: 3, quantity: 'x', unit: 1 });
    expect(trace.nonFinite!.value).toBeNaN();
  });

  it('is null when every value is finite', () => {
    expect(runForward(model('rnn'), { seqLen: 3, batch: 1, x: x(3) }).nonFinite).toBeNull();
  });

  it('reports the first non-finite gradient in backprop order (last step first)', () => {
    const m = model('rnn', 2);
    const trace = runForward(m, { seqLen: 6, batch: 1, x: x(6) });
    const dOut = new Float64Array(18);
    dOut[4 * 3 + 2] = Infinity;
    const g = backward(m, trace, dOut);
    expect(g.nonFinite).toMatchObject({ layer: 1, step: 4, quantity: 'dL/dh', unit: 2 });
    expect(g.norms.h[5]).toBe(0);
    expect(g.norms.h[4]).toBe(Infinity);
  });
});

describe('l2norm', () => {
  it('matches √(Σ v²) by hand: ‖(3, 4)‖ = 5, ‖(1, 2, 2)‖ = 3', () => {
    expect(l2norm(Float64Array.of(3, 4), 0, 2)).toBe(5);
    expect(l2norm(Float64Array.of(9, 1, -2, 2), 1, 3)).toBe(3);
    expect(l2norm(new Float64Array(4), 0, 4)).toBe(0);
  });

  it('stays finite for finite values whose squares overflow, and propagates NaN and Infinity', () => {
    expect(l2norm(Float64Array.of(3e200, 4e200), 0, 2)).toBeCloseTo(5e200, -186);
    expect(l2norm(Float64Array.of(1, NaN, 2), 0, 3)).toBeNaN();
    expect(l2norm(Float64Array.of(1, -Infinity), 0, 2)).toBe(Infinity);
  });

  it('stepNorms takes the norm of each step block', () => {
    expect(Array.from(stepNorms(Float64Array.of(3, 4, 0, 0, 6, 8), 3, 2))).toEqual([5, 0, 10]);
  });
});
