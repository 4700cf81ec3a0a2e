import { describe, expect, it } from 'vitest';
import { backward } from '../../src/engine/backward';
import { runForward } from '../../src/engine/forward';
import { initModel } from '../../src/engine/init';
import { lossLast, lossSum } from '../../src/engine/losses';
import { createRng } from '../../src/engine/rng';
import type { CellKind, Model, RunInput } from '../../src/engine/types';

/** A small seeded problem: model, input (with non-zero h0/c0) and the weights of L_sum. */
function problem(cell: CellKind, numLayers: number, bias: boolean, seed: number) {
  const rng = createRng(seed);
  const config = { cell, inputSize: 3, hiddenSize: 4, numLayers, bias };
  const model = initModel(config, rng, { weightScale: 1.5 });
  const T = 5;
  const B = 2;
  const draw = (n: number) => Float64Array.from({ length: n }, () => rng.uniform(-1, 1));
  const input: RunInput = {
    seqLen: T,
    batch: B,
    x: draw(T * B * 3),
    h0: draw(numLayers * B * 4),
    c0: cell === 'lstm' ? draw(numLayers * B * 4) : undefined,
  };
  return { model, input, Wout: draw(T * B * 4), target: draw(B * 4) };
}

type Problem = ReturnType<typeof problem>;
const lossOf = (p: Problem, which: 'sum' | 'last', model: Model, input: RunInput) => {
  const trace = runForward(model, input);
  return which === 'sum' ? lossSum(trace, p.Wout).value : lossLast(trace, p.target).value;
};

/** Central difference of L with respect to every entry of `a` (perturbed in place). */
function numeric(a: Float64Array, f: () => number, eps = 1e-6): Float64Array {
  const out = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) {
    const keep = a[k];
    a[k] = keep + eps;
    const up = f();
    a[k] = keep - eps;
    const down = f();
    a[k] = keep;
    out[k] = (up - down) / (2 * eps);
  }
  return out;
}

function expectGradClose(analytic: Float64Array, fd: Float64Array, what: string) {
  for (let k = 0; k < fd.length; k++) {
    const err = Math.abs(analytic[k] - fd[k]);
    if (err > 1e-7 + 1e-6 * Math.abs(fd[k])) {
      throw new Error(`${what}[${k}]: backprop ${analytic[k]}, finite difference ${fd[k]}`);
    }
  }
}

const cases: [CellKind, number, boolean][] = [
  ['lstm', 1, true],
  ['lstm', 3, false],
  ['gru', 2, true],
  ['gru', 2, false],
  ['rnn', 2, true],
  ['rnn', 1, false],
];

describe.each(cases)('backward (%s, %i layers, bias %s)', (cell, layers, bias) => {
  for (const which of ['sum', 'last'] as const) {
    it(`matches central finite differences of L_${which} for every parameter, x, h0, c0`, () => {
      const p = problem(cell, layers, bias, 7 + layers);
      const f = () => lossOf(p, which, p.model, p.input);
      const trace = runForward(p.model, p.input);
      const loss = which === 'sum' ? lossSum(trace, p.Wout) : lossLast(trace, p.target);
      const g = backward(p.model, trace, loss.dOutput);
      for (const [name, value] of Object.entries(p.model.params)) {
        expectGradClose(g.params[name], numeric(value, f), name);
      }
      expectGradClose(g.x, numeric(p.input.x as Float64Array, f), 'x');
      expectGradClose(g.h0, numeric(p.input.h0 as Float64Array, f), 'h0');
      if (cell === 'lstm') expectGradClose(g.c0!, numeric(p.input.c0 as Float64Array, f), 'c0');
      expect(Object.keys(g.params).length).toBe(layers * (bias ? 4 : 2));
    });
  }
});
