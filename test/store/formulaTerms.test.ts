import { describe, expect, it } from 'vitest';
import {
  createRng,
  initModel,
  runForward,
  SUBSTEPS,
  type CellKind,
  type Model,
  type Trace,
} from '../../src/engine';
import { sigmoid, tanh } from '../../src/engine/libm';
import { formulaAt, type AffineHalf, type Formula } from '../../src/store/formulaTerms';

/** Terms are summed in k order, the engine's kernels in blocks: they agree to rounding. */
const close = (a: number, b: number) =>
  expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));

function run(cell: CellKind, bias: boolean): { model: Model; trace: Trace } {
  const rng = createRng(7);
  const config = { cell, inputSize: 3, hiddenSize: 5, numLayers: 2, bias };
  const model = initModel(config, rng, { init: 'uniform', weightScale: 2 });
  const [T, B] = [4, 2];
  const x = Float64Array.from({ length: T * B * 3 }, () => rng.uniform(-2, 2));
  const h0 = Float64Array.from({ length: 2 * B * 5 }, () => rng.uniform(-1, 1));
  const c0 = cell === 'lstm' ? h0.map((v) => v * 1.5) : undefined;
  return { model, trace: runForward(model, { seqLen: T, batch: B, x, h0, c0 }) };
}

function expectHalf(half: AffineHalf, expectedTotal: number, bias: boolean) {
  expect(half.sum).toBe(half.terms.reduce((s, t) => s + t.product, 0));
  for (const t of half.terms) expect(t.product).toBe(t.weight * t.input);
  expect(half.bias === null).toBe(!bias);
  close(half.total, expectedTotal);
}

/** Every equation's numbers, checked against the trace it was read from. */
function check(f: Formula, bias: boolean) {
  switch (f.kind) {
    case 'affine':
      close(f.ih.total + f.hh.total, f.pre);
      expect(f.value).toBe(f.activation === 'sigmoid' ? sigmoid(f.pre) : tanh(f.pre));
      expectHalf(f.ih, f.ih.total, bias);
      expectHalf(f.hh, f.hh.total, bias);
      break;
    case 'gruCandidate':
      expectHalf(f.ih, f.gi, bias);
      expectHalf(f.hh, f.gh, bias);
      expect(f.rgh).toBe(f.r * f.gh);
      expect(f.pre).toBe(f.gi + f.rgh);
      expect(f.value).toBe(tanh(f.pre));
      break;
    case 'lstmCell':
      expect([f.kept, f.written]).toEqual([f.f * f.cPrev, f.i * f.g]);
      expect(f.value).toBe(f.kept + f.written);
      break;
    case 'lstmHidden':
      expect(f.tanhC).toBe(tanh(f.c));
      expect(f.value).toBe(f.o * f.tanhC);
      break;
    case 'gruState':
      expect([f.fromN, f.fromH]).toEqual([(1 - f.z) * f.n, f.z * f.hPrev]);
      expect(f.value).toBe(f.fromN + f.fromH);
      break;
  }
}

describe('formulaAt', () => {
  it.each<[CellKind, boolean]>([
    ['lstm', true],
    ['lstm', false],
    ['gru', true],
    ['gru', false],
    ['rnn', true],
    ['rnn', false],
  ])(
    '%s (bias %s): terms sum to the trace’s pre-activation, values are the trace’s',
    (cell, bias) => {
      const { model, trace } = run(cell, bias);
      const kinds = new Set<string>();
      for (let t = 0; t < trace.seqLen; t++)
        for (let sub = 0; sub < SUBSTEPS[cell].length; sub++)
          for (const layer of [0, 1])
            for (const sample of [0, 1])
              for (let unit = 0; unit < 5; unit++) {
                const f = formulaAt(model, trace, { t, sub }, { layer, sample, unit });
                kinds.add(f.kind);
                check(f, bias);
              }
      const expected = {
        lstm: ['affine', 'lstmCell', 'lstmHidden'],
        gru: ['affine', 'gruCandidate', 'gruState'],
        rnn: ['affine'],
      };
      expect([...kinds].sort()).toEqual(expected[cell]);
    },
  );

  it('reads gate row r = q·H + j in PyTorch’s order and the layer’s own inputs', () => {
    const { model, trace } = run('lstm', true);
    const f = formulaAt(model, trace, { t: 2, sub: 0 }, { layer: 1, sample: 1, unit: 3 });
    if (f.kind !== 'affine') throw new Error(f.kind);
    expect(f.quantity).toBe('f');
    expect(f.ih.row).toBe(1 * 5 + 3); // forget gate: block q = 1
    expect(f.ih.terms.map((t) => t.input)).toEqual(
      Array.from(trace.layers[0].h.subarray((2 * 2 + 1) * 5, (2 * 2 + 2) * 5)),
    );
    expect(f.hh.terms.map((t) => t.input)).toEqual(
      Array.from(trace.layers[1].h.subarray((1 * 2 + 1) * 5, (1 * 2 + 2) * 5)),
    );
    expect(f.value).toBe(trace.layers[1].f[(2 * 2 + 1) * 5 + 3]);
  });

  it('reads the initial state at t = 0', () => {
    const { model, trace } = run('lstm', true);
    const f = formulaAt(model, trace, { t: 0, sub: 4 }, { layer: 1, sample: 0, unit: 2 });
    if (f.kind !== 'lstmCell') throw new Error(f.kind);
    expect(f.cPrev).toBe(trace.c0![(1 * 2 + 0) * 5 + 2]);
  });
});
