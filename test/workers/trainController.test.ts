// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { TrainConfig } from '../../src/engine';
import { transferables, type Checkpoint, type TrainEvent } from '../../src/workers/protocol';
import { createTrainController, type ControllerOptions } from '../../src/workers/trainController';

const small: TrainConfig = {
  task: 'remember',
  cell: 'lstm',
  hiddenSize: 4,
  numLayers: 1,
  seqLen: 8,
  batchSize: 4,
  optimizer: { kind: 'adam', lr: 0.01 },
  clip: null,
  gateBias: 3,
  seed: 1,
};

/** SGD at lr 1e12 on the adding problem: the loss becomes Infinity at update 13. */
const diverging: TrainConfig = {
  ...small,
  task: 'adding',
  cell: 'rnn',
  hiddenSize: 16,
  seqLen: 30,
  batchSize: 32,
  recurrentScale: 3,
  optimizer: { kind: 'sgd', lr: 1e12 },
};

/**
 * A controller on a fake host: a clock that advances 5 ms per reading, a queue run by hand, and
 * events posted as a worker posts them (structured clone, buffers moved), so that a buffer the
 * controller still needs would be found detached.
 */
function harness(options: ControllerOptions = {}) {
  const events: TrainEvent[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const controller = createTrainController(
    {
      post: (e) => events.push(structuredClone(e, { transfer: transferables(e) })),
      defer: (fn) => queue.push(fn),
      now: () => (clock += 5),
    },
    { evalSize: 16, ...options },
  );
  /** Runs queued slices until the queue is empty or `limit` have run. */
  const runSlices = (limit = Infinity) => {
    for (let k = 0; k < limit && queue.length > 0; k++) queue.shift()!();
  };
  const of = <T extends TrainEvent['type']>(type: T) =>
    events.filter((e): e is Extract<TrainEvent, { type: T }> => e.type === type);
  return { controller, events, queue, runSlices, of };
}

const updatesIn = (h: ReturnType<typeof harness>) =>
  h.of('progress').flatMap((e) => Array.from(e.batch.loss, (_, i) => e.batch.first + i));

const allFinite = (c: Checkpoint) =>
  Object.values(c.params).every((p) => p.every((v) => Number.isFinite(v)));

describe('training controller', () => {
  it('configure sets up a model at update 0 and posts its checkpoint with probe and readout', () => {
    const h = harness();
    h.controller.handle({ type: 'configure', run: 1, config: small });
    expect(h.events.map((e) => e.type)).toEqual(['checkpoint']);
    const [{ checkpoint: c, run }] = h.of('checkpoint');
    expect(run).toBe(1);
    expect(c.update).toBe(0);
    expect(Object.keys(c.params)).toContain('readout.weight');
    expect(c.params['readout.weight']).toHaveLength(2 * 4);
    expect(c.probe.seqLen).toBe(8);
    expect(c.probe.batch).toBe(1);
    expect(c.probe.layers[0].f).toHaveLength(8 * 4);
    expect(c.accuracy).toBeGreaterThanOrEqual(0);
    expect(c.accuracy).toBeLessThanOrEqual(1);
    expect(h.controller.running).toBe(false);
  });

  it('step does one update, posts its stats, then a checkpoint of the model as it is now', () => {
    const h = harness();
    h.controller.handle({ type: 'configure', run: 1, config: small });
    h.events.length = 0;
    h.controller.handle({ type: 'step', run: 1 });
    expect(h.events.map((e) => e.type)).toEqual(['progress', 'checkpoint', 'paused']);
    const [{ batch }] = h.of('progress');
    expect(batch.first).toBe(1);
    expect(batch.loss).toHaveLength(1);
    expect(batch.gradNorm[0]).toBeGreaterThan(0);
    expect(h.of('checkpoint')[0].checkpoint.update).toBe(1);
    expect(h.queue).toHaveLength(0);
  });

  it('train runs in slices, posting contiguous progress batches and a checkpoint every N updates', () => {
    const h = harness({ checkpointEvery: 5 });
    h.controller.handle({ type: 'configure', run: 1, config: small });
    h.controller.handle({ type: 'train', run: 1 });
    expect(h.controller.running).toBe(true);
    h.runSlices(6);
    const updates = updatesIn(h);
    expect(updates.length).toBeGreaterThan(6);
    expect(updates).toEqual(updates.map((_, i) => i + 1));
    // More than one update per slice: progress is batched, not posted per update.
    expect(h.of('progress').length).toBeLessThan(updates.length);
    const kept = h.of('checkpoint').map((e) => e.checkpoint.update);
    expect(kept).toEqual(kept.map((_, i) => 5 * i));
    expect(h.queue).toHaveLength(1);
  });

  it('pause is read between slices: training stops and the model where it stands is checkpointed', () => {
    const h = harness();
    h.controller.handle({ type: 'configure', run: 1, config: small });
    h.controller.handle({ type: 'train', run: 1 });
    h.runSlices(2);
    const done = updatesIn(h).length;
    h.controller.handle({ type: 'pause', run: 1 });
    expect(h.controller.running).toBe(false);
    h.runSlices();
    expect(updatesIn(h)).toHaveLength(done);
    expect(h.events.at(-1)?.type).toBe('paused');
    expect(h.of('checkpoint').at(-1)?.checkpoint.update).toBe(done);
  });

  it('measures updates per second over its window', () => {
    const h = harness({ rateWindowMs: 50 });
    h.controller.handle({ type: 'configure', run: 1, config: small });
    h.controller.handle({ type: 'train', run: 1 });
    h.runSlices(10);
    const rates = h
      .of('progress')
      .map((e) => e.batch.updatesPerSecond)
      .filter(Number.isFinite);
    expect(rates.length).toBeGreaterThan(0);
    // The fake clock advances 5 ms per reading and reads about twice per update.
    for (const r of rates) expect(r).toBeGreaterThan(50);
    for (const r of rates) expect(r).toBeLessThan(200);
  });

  it('reset starts a new run from the same initial weights and ignores requests of the old run', () => {
    const h = harness();
    h.controller.handle({ type: 'configure', run: 1, config: small });
    const initial = h.of('checkpoint')[0].checkpoint;
    h.controller.handle({ type: 'step', run: 1 });
    h.controller.handle({ type: 'step', run: 1 });
    h.events.length = 0;
    h.controller.handle({ type: 'reset', run: 2 });
    const [{ checkpoint: again, run }] = h.of('checkpoint');
    expect(run).toBe(2);
    expect(again.update).toBe(0);
    expect(again.params).toEqual(initial.params);
    h.controller.handle({ type: 'step', run: 1 });
    h.controller.handle({ type: 'train', run: 1 });
    expect(h.events).toHaveLength(1);
    expect(h.controller.running).toBe(false);
  });

  it('stops on divergence, reports where, keeps the last finite checkpoint and refuses to go on', () => {
    const h = harness({ checkpointEvery: 5 });
    h.controller.handle({ type: 'configure', run: 1, config: diverging });
    h.controller.handle({ type: 'train', run: 1 });
    h.runSlices(100);
    expect(h.controller.running).toBe(false);
    expect(h.queue).toHaveLength(0);
    const [{ divergence }] = h.of('diverged');
    expect(divergence).toEqual({ at: 13, reason: 'the loss became Infinity', kept: 10 });
    expect(h.events.at(-1)?.type).toBe('diverged');
    expect(updatesIn(h).at(-1)).toBe(13);
    const last = h.of('checkpoint').at(-1)!.checkpoint;
    expect(last.update).toBe(10);
    expect(allFinite(last)).toBe(true);
    const before = h.events.length;
    h.controller.handle({ type: 'step', run: 1 });
    h.controller.handle({ type: 'train', run: 1 });
    expect(h.events).toHaveLength(before);
    h.controller.handle({ type: 'reset', run: 2 });
    expect(h.of('checkpoint').at(-1)!.checkpoint.update).toBe(0);
  });

  it('reports an invalid config as an error of its run', () => {
    const h = harness();
    h.controller.handle({
      type: 'configure',
      run: 3,
      config: { ...small, task: 'nope' as TrainConfig['task'] },
    });
    expect(h.events.map((e) => e.type)).toEqual(['error']);
    expect(h.events[0].run).toBe(3);
  });
});
