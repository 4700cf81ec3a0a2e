import { describe, expect, it } from 'vitest';
import { createGateScopeStore } from '../../src/store';
import { LAB_DEFAULTS } from '../../src/store/labPresets';
import { ringMemory } from '../../src/store/runMemory';

const copyOf = (a: Float64Array) => Array.from(a);

describe('run memory', () => {
  it('a store that reuses memory gives the same numbers as one that does not', () => {
    const fresh = createGateScopeStore({ ...LAB_DEFAULTS, cell: 'lstm' });
    const ring = createGateScopeStore({ ...LAB_DEFAULTS, cell: 'lstm' }, { reuseMemory: true });
    for (const recurrentScale of [0.5, 1.5, 2, 0.75, 1.25, 3]) {
      fresh.getState().update({ recurrentScale });
      ring.getState().update({ recurrentScale });
      const a = fresh.getState();
      const b = ring.getState();
      expect(copyOf(b.trace.output)).toEqual(copyOf(a.trace.output));
      expect(copyOf(b.grads.norms.h)).toEqual(copyOf(a.grads.norms.h));
      expect(copyOf(b.grads.params.weight_hh_l0)).toEqual(copyOf(a.grads.params.weight_hh_l0));
      expect(copyOf(b.model.params.weight_hh_l0)).toEqual(copyOf(a.model.params.weight_hh_l0));
    }
  });

  it('keeps a run’s arrays unchanged for the next five runs, then reuses them', () => {
    const store = createGateScopeStore({ ...LAB_DEFAULTS, cell: 'gru' }, { reuseMemory: true });
    store.getState().update({ recurrentScale: 0.5 });
    const kept = store.getState();
    const h = copyOf(kept.trace.output);
    const w = copyOf(kept.model.params.weight_hh_l0);
    for (const recurrentScale of [1, 1.5, 2, 2.5, 3]) {
      store.getState().update({ recurrentScale });
      expect(copyOf(kept.trace.output)).toEqual(h);
      expect(copyOf(kept.model.params.weight_hh_l0)).toEqual(w);
    }
    store.getState().update({ recurrentScale: 3.5 });
    // The sixth run after it writes into its memory.
    expect(store.getState().trace.output).toBe(kept.trace.output);
    expect(copyOf(kept.model.params.weight_hh_l0)).not.toEqual(w);
  });

  it('hands out its workspaces in turn', () => {
    const next = ringMemory();
    const seen = Array.from({ length: 6 }, next);
    expect(new Set(seen).size).toBe(6);
    expect(next()).toBe(seen[0]);
  });
});
