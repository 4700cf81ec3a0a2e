import { describe, expect, it } from 'vitest';
import { stepSettings } from '../../src/lessons/apply';
import { lessonById } from '../../src/lessons/registry';
import { LAB_RECURRENT_SCALE, deriveRun, type Settings } from '../../src/store';
import { paramCount } from '../../src/panels/lesson/paramCounts';

/** ‖∂L/∂h_0‖ / ‖∂L/∂h_(T−1)‖ (or the cell state's) at some settings. */
function ratio(settings: Settings, of: 'h' | 'c' = 'h'): number {
  const { grads } = deriveRun(settings);
  const n = of === 'c' ? grads.norms.c! : grads.norms.h;
  return n[0] / n[n.length - 1];
}

const at = (lessonId: Parameters<typeof lessonById>[0], stepId: string) => {
  const lesson = lessonById(lessonId);
  return stepSettings(
    lesson,
    lesson.steps.find((s) => s.id === stepId)!,
  );
};

/** The numbers the lessons' text states, from the engine at the steps' settings. */
describe('the numbers in the lessons are the engine’s', () => {
  it('lesson 1 “vanishing”: about 10⁻¹¹ at scale 1, about 3 × 10⁻²⁶ at 0.5', () => {
    const s = at('rnn-forgets', 'vanishing');
    expect(s.recurrentScale).toBe(1);
    expect(Math.round(Math.log10(ratio(s)))).toBe(-11);
    expect(Number(ratio({ ...s, recurrentScale: 0.5 }).toPrecision(1))).toBe(3e-26);
    // Below 0.5 (the task) it is smaller still.
    expect(ratio({ ...s, recurrentScale: 0.45 })).toBeLessThan(
      ratio({ ...s, recurrentScale: 0.5 }),
    );
  });

  it('lesson 1 “exploding”: 1.4 at scale 2, about 7 × 10³ at the top of the slider', () => {
    const s = at('rnn-forgets', 'exploding');
    expect(s.recurrentScale).toBe(2);
    expect(ratio(s).toFixed(1)).toBe('1.4');
    const top = ratio({ ...s, recurrentScale: LAB_RECURRENT_SCALE.max });
    expect(Number(top.toPrecision(1))).toBe(7e3);
  });

  it('lesson 2 “gradient”: ‖∂L/∂c_0‖/‖∂L/∂c_49‖ is 1.8 at forget bias 3, about 4 × 10⁻¹⁰ at 0', () => {
    const s = at('lstm-six-steps', 'gradient');
    expect(ratio(s, 'c').toFixed(1)).toBe('1.8');
    expect(Number(ratio({ ...s, gateBias: 0 }, 'c').toPrecision(1))).toBe(4e-10);
    expect(1 / (1 + Math.exp(-3))).toBeCloseTo(0.95, 2);
  });

  it('lesson 3: the GRU has a quarter fewer parameters (84 vs 112 at H = 4; 264 vs 352 at H = 8)', () => {
    const config = deriveRun(at('gru-four-steps', 'differs')).model.config;
    expect(paramCount(config, 'lstm')).toBe(112);
    expect(paramCount(config, 'gru')).toBe(84);
    const eight = { ...config, hiddenSize: 8 };
    expect([paramCount(eight, 'lstm'), paramCount(eight, 'gru')]).toEqual([352, 264]);
    // The formula the text does not show: G·H·(I + H + 2) with bias.
    expect(paramCount(eight, 'lstm')).toBe(4 * 8 * (1 + 8 + 2));
  });

  it('lesson 5 “call”: 12 steps of a sine, batch 1, input size 1, hidden size 4', () => {
    const run = deriveRun(at('from-pytorch', 'call'));
    expect(run.trace.seqLen).toBe(12);
    expect(run.trace.batch).toBe(1);
    expect(run.model.config).toMatchObject({ inputSize: 1, hiddenSize: 4, numLayers: 1 });
  });
});
