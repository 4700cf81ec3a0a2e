import { describe, expect, it } from 'vitest';
import { backward } from '../../src/engine/backward';
import { runForward } from '../../src/engine/forward';
import { lossLast, lossSum } from '../../src/engine/losses';
import { expectClose, fixturePaths, flat, loadFixture } from './helpers';

describe.each(
  fixturePaths('')
    .map(loadFixture)
    .map((f) => [f.name, f] as const),
)('PyTorch fixture %s', (_, fx) => {
  const trace = runForward(fx.model, fx.input);
  const ref = fx.json;

  it('forward: output, h_n, c_n and every per-layer intermediate match', () => {
    expectClose(trace.output, flat(ref.forward.output), 'output');
    expectClose(trace.hN, flat(ref.forward.h_n), 'h_n');
    if (ref.forward.c_n) expectClose(trace.cN!, flat(ref.forward.c_n), 'c_n');
    expect(trace.layers.length).toBe(ref.forward.layers.length);
    ref.forward.layers.forEach((layer: Record<string, unknown>, k: number) => {
      expect(Object.keys(trace.layers[k]).sort()).toEqual(Object.keys(layer).sort());
      for (const [name, v] of Object.entries(layer)) {
        expectClose(trace.layers[k][name], flat(v), `layers[${k}].${name}`);
      }
    });
    expect(trace.nonFinite).toBeNull();
  });

  const losses = {
    L_sum: lossSum(trace, flat(ref.loss.Wout)),
    L_last: lossLast(trace, flat(ref.loss.target)),
  };
  for (const lossName of ['L_sum', 'L_last'] as const) {
    it(`${lossName}: the loss, every gradient and the per-step norms match`, () => {
      const loss = losses[lossName];
      expectClose(loss.value, ref.loss[lossName], lossName);
      const g = backward(fx.model, trace, loss.dOutput);
      const want = ref.grads[lossName];
      for (const [name, v] of Object.entries(want.params)) {
        expectClose(g.params[name], flat(v), `d${lossName}/d${name}`);
      }
      expect(Object.keys(g.params).sort()).toEqual(Object.keys(want.params).sort());
      expectClose(g.x, flat(want.x), 'dL/dx');
      expectClose(g.h0, flat(want.h0), 'dL/dh0');
      if (want.c0) expectClose(g.c0!, flat(want.c0), 'dL/dc0');
      want.layers.forEach((layer: Record<string, unknown>, k: number) => {
        expect(Object.keys(g.layers[k]).sort()).toEqual(Object.keys(layer).sort());
        for (const [name, v] of Object.entries(layer)) {
          expectClose(g.layers[k][name], flat(v), `grads.layers[${k}].${name}`);
        }
      });
      const norms = ref.grad_norms[lossName];
      expectClose(g.norms.h, norms.h, 'grad_norms.h');
      if (norms.c) expectClose(g.norms.c!, norms.c, 'grad_norms.c');
      expect(g.nonFinite).toBeNull();
    });
  }
});
