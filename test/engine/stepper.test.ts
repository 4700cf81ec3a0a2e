import { describe, expect, it } from 'vitest';
import { SUBSTEPS } from '../../src/engine/cells';
import { runForward } from '../../src/engine/forward';
import { createStepper } from '../../src/engine/stepper';
import type { CellKind } from '../../src/engine/types';
import { FIXTURE_DIR, loadFixture } from './helpers';

const cases: [CellKind, string][] = [
  ['lstm', 'lstm_L2_I3_H5_T7_B2_s2.json'],
  ['gru', 'gru_L2_I3_H5_T7_B2_s11.json'],
  ['rnn', 'rnn_tanh_L2_I3_H5_T7_B2_s20.json'],
];

describe.each(cases)('createStepper (%s)', (cell, file) => {
  const fx = loadFixture(`${FIXTURE_DIR}/${file}`);
  const whole = runForward(fx.model, fx.input);
  const perStep = SUBSTEPS[cell].length;

  it('stepSub visits t, then layer, then each sub-step, and equals runForward bit for bit', () => {
    const s = createStepper(fx.model, fx.input);
    const visited: string[] = [];
    for (let at = s.stepSub(); at !== null; at = s.stepSub()) {
      visited.push(`${at.t}/${at.layer}/${at.sub}`);
      // What this sub-step computed is already final.
      for (const name of SUBSTEPS[cell][at.sub].computes) {
        const H = fx.model.config.hiddenSize;
        const BH = fx.input.batch * H;
        const got = s.layers[at.layer][name].subarray(at.t * BH, (at.t + 1) * BH);
        const want = whole.layers[at.layer][name].subarray(at.t * BH, (at.t + 1) * BH);
        expect(Array.from(got)).toEqual(Array.from(want));
      }
    }
    expect(visited.length).toBe(fx.input.seqLen * 2 * perStep);
    expect(visited.slice(0, perStep + 1)).toEqual([
      ...Array.from({ length: perStep }, (_, k) => `0/0/${k}`),
      '0/1/0',
    ]);
    expect(s.next()).toBeNull();
    const done = s.finish();
    for (let k = 0; k < 2; k++) {
      for (const name of Object.keys(whole.layers[k])) {
        expect(Array.from(done.layers[k][name])).toEqual(Array.from(whole.layers[k][name]));
      }
    }
    expect(Array.from(done.hN)).toEqual(Array.from(whole.hN));
  });

  it('stepTime completes one whole time step of every layer at a time', () => {
    const s = createStepper(fx.model, fx.input);
    expect(s.stepSub()).toEqual({ t: 0, layer: 0, sub: 0 });
    expect(s.stepTime()).toBe(0);
    expect(s.next()).toEqual({ t: 1, layer: 0, sub: 0 });
    expect(s.stepTime()).toBe(1);
    const t1 = s.layers[1].h.slice(fx.input.batch * 5, 2 * fx.input.batch * 5);
    expect(Array.from(t1)).toEqual(
      Array.from(whole.layers[1].h.slice(fx.input.batch * 5, 2 * fx.input.batch * 5)),
    );
  });
});
