import { describe, expect, it } from 'vitest';
import { parseWeightsJson } from '../../src/engine/interop';
import { stringifyTrace, traceReport } from '../../src/engine/trace-json';
import { readFileSync } from 'node:fs';
import { expectClose, fixturePaths, flat } from './helpers';

/** Compares every numeric leaf of `want` with the same path in `got`. */
function compareTree(got: unknown, want: unknown, path: string, rel: number): void {
  if (typeof want === 'number') {
    expect(typeof got, path).toBe('number');
    expectClose(got as number, want, path, rel === 1e-9 ? 1e-9 : 0, rel);
    return;
  }
  if (Array.isArray(want) && typeof want[0] === 'object' && !Array.isArray(want[0])) {
    expect((got as unknown[]).length, path).toBe(want.length);
    want.forEach((w, k) => compareTree((got as unknown[])[k], w, `${path}[${k}]`, rel));
    return;
  }
  if (Array.isArray(want)) {
    expectClose(flat(got), flat(want), path, rel === 1e-9 ? 1e-9 : 0, rel);
    expect(JSON.stringify(got).replace(/[^[\]]/g, '')).toBe(
      JSON.stringify(want).replace(/[^[\]]/g, ''),
    );
    return;
  }
  for (const [k, v] of Object.entries(want as Record<string, unknown>)) {
    expect(got, `${path}.${k}`).toHaveProperty(k);
    compareTree((got as Record<string, unknown>)[k], v, `${path}.${k}`, rel);
  }
}

describe('traceReport', () => {
  for (const path of fixturePaths('')) {
    it(`reproduces every value of ${path.split('/').pop()} (forward, loss, grads, grad_norms)`, () => {
      const text = readFileSync(path, 'utf8');
      const want = JSON.parse(text);
      const parsed = parseWeightsJson(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const { model, inputs, loss } = parsed.file;
      const got = JSON.parse(stringifyTrace(traceReport(model, inputs!, loss)));
      for (const part of ['forward', 'loss', 'grads', 'grad_norms']) {
        compareTree(got[part], want[part], part, 1e-9);
      }
      expect(got.non_finite).toEqual({ forward: null, L_sum: null, L_last: null });
    });
  }

  for (const path of fixturePaths('long')) {
    it(`reproduces ${path.split('/').pop()} to 1e-7 relative, with h0 and c0 norms`, () => {
      const text = readFileSync(path, 'utf8');
      const want = JSON.parse(text);
      const parsed = parseWeightsJson(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const got = traceReport(parsed.file.model, parsed.file.inputs!, parsed.file.loss);
      compareTree(got.forward, want.forward, 'forward', 1e-7);
      compareTree(got.loss, want.loss, 'loss', 1e-7);
      compareTree(got.grad_norms, want.grad_norms, 'grad_norms', 1e-7);
      // Only the loss whose input is in the file: long fixtures have a target but no Wout.
      expect(Object.keys(got.loss).sort()).toEqual(['L_last', 'target']);
      expect(got.grads).not.toHaveProperty('L_sum');
    });
  }

  it('writes non-finite values as the strings "NaN", "Infinity", "-Infinity"', () => {
    const parsed = parseWeightsJson(
      JSON.stringify({
        params: { weight_ih_l0: [[1e308]], weight_hh_l0: [[0.5]] },
        inputs: { x: [[[10]], [[1]]] },
        loss: { target: [[0]] },
      }),
    );
    if (!parsed.ok) throw new Error(parsed.error.message);
    const report = traceReport(parsed.file.model, parsed.file.inputs!, parsed.file.loss);
    const json = JSON.parse(stringifyTrace(report));
    // pre_h at t = 0 is 1e308 · 10 = Infinity, and tanh saturates to 1.
    expect(json.forward.layers[0].pre_h[0][0][0]).toBe('Infinity');
    expect(json.forward.output[0][0][0]).toBe(1);
    expect(json.non_finite.forward).toMatchObject({ layer: 0, step: 0, quantity: 'pre_h' });
  });
});
