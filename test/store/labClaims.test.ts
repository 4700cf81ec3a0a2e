import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  LAB_DEFAULTS,
  LAB_PRESETS,
  LAB_RECURRENT_SCALE,
  deriveRun,
  type Settings,
} from '../../src/store';

/** ‖∂L/∂h_0‖ / ‖∂L/∂h_49‖ (or the cell state's, for the LSTM) of the lab run with a change. */
function ratio(change: Partial<Settings>, of: 'h' | 'c' = 'h'): number {
  const run = deriveRun({ ...DEFAULT_SETTINGS, ...LAB_DEFAULTS, ...change });
  const n = of === 'c' ? run.grads.norms.c! : run.grads.norms.h;
  expect(n).toHaveLength(50);
  return n[0] / n[49];
}

const preset = (id: string) => LAB_PRESETS.find((p) => p.id === id)!.settings;
const fmt = (v: number) => v.toExponential(2);

describe('the gradient lab’s claims hold on its defaults (hidden 64, 50 steps, loss on the last step)', () => {
  for (const seed of [1, 2, 3]) {
    it(`claim 1, seed ${seed}: the RNN's ‖∂L/∂h_0‖/‖∂L/∂h_49‖ goes from < 1e-6 to > 1e2 across the recurrent weight scale`, () => {
      const low = ratio({ seed, recurrentScale: LAB_RECURRENT_SCALE.min });
      const high = ratio({ seed, recurrentScale: LAB_RECURRENT_SCALE.max });
      const msg = `scale ${LAB_RECURRENT_SCALE.min}: ${fmt(low)}, scale ${LAB_RECURRENT_SCALE.max}: ${fmt(high)}`;
      expect(low, msg).toBeLessThan(1e-6);
      expect(high, msg).toBeGreaterThan(1e2);
    });

    it(`claim 2, seed ${seed}: the LSTM with forget bias +3 keeps ‖∂L/∂c_0‖/‖∂L/∂c_49‖ > 1e-2 where the RNN at scale 1 is < 1e-6`, () => {
      const lstm = ratio({ ...preset('lstm'), seed }, 'c');
      const rnn = ratio({ seed, cell: 'rnn', recurrentScale: 1 });
      const msg = `LSTM c ratio ${fmt(lstm)}, RNN h ratio ${fmt(rnn)}`;
      expect(lstm, msg).toBeGreaterThan(1e-2);
      expect(rnn, msg).toBeLessThan(1e-6);
      // Without the bias the LSTM's cell-state gradient vanishes too: the bias is what helps.
      expect(ratio({ seed, cell: 'lstm' }, 'c'), 'LSTM with forget bias 0').toBeLessThan(1e-6);
    });

    it(`claim 3, seed ${seed}: the GRU with update bias +3 keeps ‖∂L/∂h_0‖/‖∂L/∂h_49‖ > 1e-2`, () => {
      const gru = ratio({ ...preset('gru'), seed });
      expect(gru, `GRU h ratio ${fmt(gru)}`).toBeGreaterThan(1e-2);
    });
  }

  it('the presets are the claims’ settings', () => {
    expect(ratio(preset('vanishing'))).toBeLessThan(1e-6);
    expect(ratio(preset('exploding'))).toBeGreaterThan(1e2);
  });
});
