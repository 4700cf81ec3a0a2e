import { describe, expect, it } from 'vitest';
import { backward } from '../../src/engine/backward';
import { runForward } from '../../src/engine/forward';
import { lossLast } from '../../src/engine/losses';
import { expectClose, fixturePaths, flat, loadFixture } from './helpers';

// 50 steps at large weight scales amplify rounding differences: compare relatively (1e-7).
const ABS = 0;
const REL = 1e-7;

describe.each(
  fixturePaths('long')
    .map(loadFixture)
    .map((f) => [f.name, f] as const),
)('PyTorch long fixture %s', (_, fx) => {
  const ref = fx.json;
  const trace = runForward(fx.model, fx.input);

  it('forward output, h_n and c_n match to 1e-7 relative', () => {
    expectClose(trace.output, flat(ref.forward.output), 'output', 1e-12, REL);
    expectClose(trace.hN, flat(ref.forward.h_n), 'h_n', 1e-12, REL);
    if (ref.forward.c_n) expectClose(trace.cN!, flat(ref.forward.c_n), 'c_n', 1e-12, REL);
  });

  it('L_last and the per-step gradient norms match to 1e-7 relative', () => {
    const loss = lossLast(trace, flat(ref.loss.target));
    expectClose(loss.value, ref.loss.L_last, 'L_last', ABS, REL);
    const g = backward(fx.model, trace, loss.dOutput);
    const want = ref.grad_norms.L_last;
    expectClose(g.norms.h, want.h, 'grad_norms.h', ABS, REL);
    expectClose(g.norms.h0, want.h0, 'grad_norms.h0', ABS, REL);
    if (want.c) {
      expectClose(g.norms.c!, want.c, 'grad_norms.c', ABS, REL);
      expectClose(g.norms.c0!, want.c0, 'grad_norms.c0', ABS, REL);
    }
    const ratio = g.norms.h[0] / g.norms.h[g.norms.h.length - 1];
    expectClose(ratio, ref.grad_norm_ratio_first_over_last.L_last.h, 'ratio h', ABS, 1e-6);
    expect(g.nonFinite).toBeNull();
  });
});
