import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LAB_DEFAULTS, type Settings } from '../../src/store';
import { createLabPool, syncPool } from '../../src/workers/labPool';
import type { LabResult } from '../../src/workers/labJobs';
import { fakeFactory } from './fakeWorker';

const settings = (seed: number): Settings =>
  ({
    ...DEFAULT_SETTINGS,
    ...LAB_DEFAULTS,
    hiddenSize: 4,
    sequence: { kind: 'noise', seqLen: 5 },
    seed,
  }) as Settings;
const job = (seed: number) => ({ kind: 'compare', settings: settings(seed) }) as const;
const seedOf = (r: LabResult) => r.settings.seed;

describe('createLabPool(size, factory)', () => {
  it('keeps one job per key in flight and only the newest waiting', () => {
    const { made, factory } = fakeFactory();
    const pool = createLabPool(2, factory);
    const got: number[] = [];
    for (const seed of [1, 2, 3])
      pool.request('compare:lstm', job(seed), (r) => got.push(seedOf(r)));
    expect(made).toHaveLength(1);
    expect(made[0].posted.map((m) => m.job.settings.seed)).toEqual([1]);
    expect(pool.busy('compare:lstm')).toBe(true);
    made[0].answer(); // seed 1 lands, then the waiting seed 3 is sent; seed 2 never runs
    expect(got).toEqual([1]);
    expect(made[0].posted.map((m) => m.job.settings.seed)).toEqual([3]);
    made[0].answer();
    expect(got).toEqual([1, 3]);
    expect(pool.busy('compare:lstm')).toBe(false);
  });

  it('runs different keys side by side, up to `size` workers', () => {
    const { made, factory } = fakeFactory();
    const pool = createLabPool(2, factory);
    for (const key of ['a', 'b', 'c']) pool.request(key, job(1), () => {});
    expect(made).toHaveLength(2);
    expect(made.map((w) => w.posted.length)).toEqual([1, 1]);
    made[1].answer(); // frees a worker for the waiting key c
    expect(made[1].posted).toHaveLength(1);
  });

  it('drops a result asked for before `cancel`', () => {
    const { made, factory } = fakeFactory();
    const pool = createLabPool(1, factory);
    const got: number[] = [];
    pool.request('run', job(1), (r) => got.push(seedOf(r)));
    pool.cancel('run');
    made[0].answer();
    expect(got).toEqual([]);
    pool.request('run', job(2), (r) => got.push(seedOf(r)));
    made[0].answer();
    expect(got).toEqual([2]);
  });

  it('stops its workers on dispose', () => {
    const { made, factory } = fakeFactory();
    const pool = createLabPool(2, factory);
    pool.request('a', job(1), () => {});
    pool.dispose();
    expect(made[0].terminated).toBe(true);
  });
});

describe('syncPool()', () => {
  it('computes each job on the spot', () => {
    const got: LabResult[] = [];
    syncPool().request('jacobian', { kind: 'jacobian', settings: settings(1) }, (r) => got.push(r));
    expect(got).toHaveLength(1);
    expect(got[0].kind === 'jacobian' && got[0].factors.length).toBe(5);
  });
});
