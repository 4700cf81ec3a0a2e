import { describe, expect, it } from 'vitest';
import { createGateScopeStore, lastComputedStep, outputSeries } from '../../src/store';
import { defaultRun } from '../support/defaultRun';

describe('outputSeries', () => {
  it('is the top layer’s h_t[j] at every step (PyTorch’s output)', () => {
    const trace = defaultRun('lstm');
    const H = trace.config.hiddenSize;
    const series = outputSeries(trace, 2);
    expect(series.length).toBe(12);
    series.forEach((v, t) => expect(v).toBe(trace.output[t * H + 2]));
  });

  it('reads the top layer of a stacked model', () => {
    const { trace } = createGateScopeStore({ numLayers: 3 }).getState();
    const top = trace.layers[2].h;
    expect(Array.from(outputSeries(trace, 1))).toEqual(
      Array.from({ length: trace.seqLen }, (_, t) => top[t * 4 + 1]),
    );
  });
});

describe('lastComputedStep', () => {
  it('counts step t as computed once its last sub-step is shown', () => {
    expect(lastComputedStep({ t: 0, sub: 0 }, 6)).toBe(-1);
    expect(lastComputedStep({ t: 3, sub: 4 }, 6)).toBe(2);
    expect(lastComputedStep({ t: 3, sub: 5 }, 6)).toBe(3);
    expect(lastComputedStep({ t: 3, sub: 0 }, 1)).toBe(3);
  });
});
