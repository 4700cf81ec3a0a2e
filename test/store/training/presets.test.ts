// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { trainUntil } from '../../../src/engine';
import { TRAINING_PRESETS, toTrainConfig } from '../../../src/store/training';

/** The numbers quoted in the preset descriptions, for the quickest presets (seed 1, budget 300). */
describe('training presets say what the engine does', () => {
  const preset = (id: string) => TRAINING_PRESETS.find((p) => p.id === id)!;
  const SLOW = { timeout: 60_000 };

  it('“LSTM, forget gate open” reaches 95% at update 75 on seed 1', SLOW, () => {
    const p = preset('lstm-open');
    expect(p.description).toContain('at update 75 on seed 1');
    expect(trainUntil(toTrainConfig(p.config), { budget: 300 }).reachedAt).toBe(75);
  });

  it('“RNN, W_hh × 3, clipped at 1” reaches 95% at update 50 on seed 1', SLOW, () => {
    const p = preset('rnn-clipped');
    expect(p.description).toContain('95% at update 50 on seed 1');
    const r = trainUntil(toTrainConfig(p.config), { budget: 300 });
    expect(r.reachedAt).toBe(50);
    expect(r.clippedUpdates).toBeGreaterThan(0);
    expect(p.description).toContain('(25 on seeds 2 and 3)');
    for (const seed of [2, 3]) {
      const other = trainUntil(toTrainConfig({ ...p.config, seed }), { budget: 300 });
      expect(other.reachedAt, `seed ${seed}`).toBe(25);
    }
  });
});
