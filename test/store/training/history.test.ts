import { describe, expect, it } from 'vitest';
import {
  addCheckpoint,
  appendProgress,
  bucketSize,
  downsample,
  emptyHistory,
  type TrainingHistory,
} from '../../../src/store/training';
import type { Checkpoint, ProgressBatch } from '../../../src/workers/protocol';

const batch = (
  first: number,
  loss: number[],
  over: Partial<ProgressBatch> = {},
): ProgressBatch => ({
  first,
  loss: Float64Array.from(loss),
  gradNorm: Float64Array.from(loss, (v) => 10 * v),
  clipped: Uint8Array.from(loss, (v) => (v > 1 ? 1 : 0)),
  accuracy: Float64Array.from(loss, () => NaN),
  updatesPerSecond: NaN,
  ...over,
});

function history(losses: number[]): TrainingHistory {
  let h = emptyHistory(4);
  losses.forEach((v, i) => (h = appendProgress(h, batch(i + 1, [v]))));
  return h;
}

describe('appendProgress', () => {
  it('writes each batch at its updates, growing the columns, and returns a new history', () => {
    const h0 = emptyHistory(2);
    const h1 = appendProgress(h0, batch(1, [0.5, 0.4]));
    const h2 = appendProgress(h1, batch(3, [0.3, 2, 0.1]));
    expect(h2).not.toBe(h1);
    expect(h2.length).toBe(5);
    expect(Array.from(h2.loss.subarray(0, 5))).toEqual([0.5, 0.4, 0.3, 2, 0.1]);
    expect(Array.from(h2.clipped.subarray(0, 5))).toEqual([0, 0, 0, 1, 0]);
    expect(h1.length).toBe(2);
  });

  it('records a rate only when the batch measured one', () => {
    let h = appendProgress(emptyHistory(), batch(1, [1], { updatesPerSecond: NaN }));
    h = appendProgress(h, batch(2, [1, 1], { updatesPerSecond: 42 }));
    expect(h.rateLength).toBe(1);
    expect([h.rateAt[0], h.rate[0]]).toEqual([3, 42]);
  });
});

describe('downsample', () => {
  it('bucketSize is the smallest power of two that fits the points', () => {
    expect(bucketSize(0, 400)).toBe(1);
    expect(bucketSize(400, 400)).toBe(1);
    expect(bucketSize(401, 400)).toBe(2);
    expect(bucketSize(5000, 400)).toBe(16);
  });

  it('keeps every update while they fit', () => {
    const d = downsample(history([0.5, 0.4, 0.3]), 4);
    expect(d.k).toBe(1);
    expect(Array.from(d.update)).toEqual([1, 2, 3]);
    expect(Array.from(d.loss)).toEqual([0.5, 0.4, 0.3]);
  });

  it('buckets: mean loss, the largest gradient norm (a spike survives), clipped counted', () => {
    const d = downsample(history([0.5, 0.3, 2, 0.1, 0.2]), 3);
    expect(d.k).toBe(2);
    expect(Array.from(d.update)).toEqual([2, 4, 5]);
    expect(d.loss[0]).toBeCloseTo(0.4, 12);
    expect(Array.from(d.gradNorm)).toEqual([5, 20, 2]);
    expect(Array.from(d.clipped)).toEqual([0, 1, 0]);
  });

  it('a non-finite value stays visible in its bucket', () => {
    const h = history([0.5, 0.3, 0.2, 0.1]);
    h.gradNorm[1] = NaN;
    h.loss[2] = Infinity;
    const d = downsample(h, 2);
    expect(d.gradNorm[0]).toBeNaN();
    expect(d.loss[1]).toBe(Infinity);
  });
});

describe('addCheckpoint', () => {
  const at = (update: number) => ({ update }) as Checkpoint;
  const updates = (list: readonly Checkpoint[]) => list.map((c) => c.update);

  it('keeps update order and replaces a checkpoint of the same update', () => {
    let list = addCheckpoint([], at(0));
    list = addCheckpoint(list, at(25));
    list = addCheckpoint(list, at(10));
    const again = at(25);
    list = addCheckpoint(list, again);
    expect(updates(list)).toEqual([0, 10, 25]);
    expect(list[2]).toBe(again);
  });

  it('past the bound drops every second one, keeping the first and the newest', () => {
    let list: readonly Checkpoint[] = [];
    for (let u = 0; u <= 250; u += 25) list = addCheckpoint(list, at(u), 5);
    expect(list.length).toBeLessThanOrEqual(5);
    expect(list[0].update).toBe(0);
    expect(list.at(-1)?.update).toBe(250);
    expect(updates(list)).toEqual([...updates(list)].sort((a, b) => a - b));
  });
});
