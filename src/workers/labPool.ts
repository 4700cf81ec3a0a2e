/**
 * A few workers that compute the lab's jobs off the main thread. Jobs are keyed (e.g.
 * `compare:lstm`): each key has at most one job in flight and one waiting, and a newer request
 * replaces the waiting one, so dragging a slider never queues up stale work. A result is
 * delivered unless a newer result of its key was delivered already or the key was cancelled
 * after it was asked for; so the last result stays shown until the next one lands.
 */
import { computeLabJob, type LabJob, type LabResult } from './labJobs';

type Deliver = (result: LabResult) => void;

interface Pending {
  readonly gen: number;
  readonly job: LabJob;
  readonly deliver: Deliver;
}

/** A function that makes one worker; the default loads lab.worker.ts. */
export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('./lab.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gatescope-lab',
  });

export interface LabPool {
  /** Whether jobs run in workers (false: `request` computes on the spot). */
  readonly async: boolean;
  /** Asks for a job under `key`; `deliver` gets its result (at once when not async). */
  request(key: string, job: LabJob, deliver: Deliver): void;
  /** Drops the waiting job of `key` and any result of it not yet delivered. */
  cancel(key: string): void;
  /** Whether `key` has a job in flight or waiting. */
  busy(key: string): boolean;
  /** Stops every worker. */
  dispose(): void;
}

/**
 * A pool of `size` workers made by `factory`; without a factory, lab.worker.ts, or a synchronous
 * stand-in where Worker does not exist.
 */
export function createLabPool(size = 3, factory?: WorkerFactory): LabPool {
  if (!factory && typeof Worker === 'undefined') return syncPool();
  const make = factory ?? defaultFactory;
  const workers: { worker: Worker; job: { id: number; key: string; p: Pending } | null }[] = [];
  const waiting = new Map<string, Pending>();
  const inFlight = new Set<string>();
  /** Per key: the generation last asked for, last delivered and last cancelled. */
  const asked = new Map<string, number>();
  const delivered = new Map<string, number>();
  const cancelled = new Map<string, number>();
  let nextId = 1;

  const slot = () => {
    const idle = workers.find((w) => w.job === null);
    if (idle) return idle;
    if (workers.length >= size) return null;
    const w = { worker: make(), job: null as (typeof workers)[number]['job'] };
    w.worker.onmessage = (e: MessageEvent<{ id: number; result?: LabResult; error?: string }>) => {
      const done = w.job;
      w.job = null;
      if (done && done.id === e.data.id) {
        inFlight.delete(done.key);
        const gen = done.p.gen;
        const fresh = gen > (delivered.get(done.key) ?? 0) && gen > (cancelled.get(done.key) ?? 0);
        if (e.data.result && fresh) {
          delivered.set(done.key, gen);
          done.p.deliver(e.data.result);
        } else if (e.data.error) console.warn(`GateScope lab worker: ${e.data.error}`);
      }
      pump();
    };
    w.worker.onerror = (e) => {
      // A worker that cannot run (e.g. failed to load) frees its key; the job is dropped.
      e.preventDefault();
      console.warn(`GateScope lab worker failed: ${e.message}`);
      if (w.job) inFlight.delete(w.job.key);
      w.job = null;
    };
    workers.push(w);
    return w;
  };

  const pump = () => {
    for (const [key, p] of waiting) {
      if (inFlight.has(key)) continue;
      const w = slot();
      if (!w) return;
      waiting.delete(key);
      inFlight.add(key);
      w.job = { id: nextId++, key, p };
      w.worker.postMessage({ id: w.job.id, job: p.job });
    }
  };

  return {
    async: true,
    request(key, job, deliver) {
      const gen = (asked.get(key) ?? 0) + 1;
      asked.set(key, gen);
      // Re-insert so that keys are served in the order they were last asked for.
      waiting.delete(key);
      waiting.set(key, { gen, job, deliver });
      pump();
    },
    cancel(key) {
      waiting.delete(key);
      cancelled.set(key, asked.get(key) ?? 0);
    },
    busy: (key) => waiting.has(key) || inFlight.has(key),
    dispose() {
      for (const w of workers) w.worker.terminate();
      workers.length = 0;
      waiting.clear();
      inFlight.clear();
    },
  };
}

/** Computes each job on the spot: for tests and for browsers without workers. */
export function syncPool(): LabPool {
  return {
    async: false,
    request: (_key, job, deliver) => deliver(computeLabJob(job)),
    cancel: () => {},
    busy: () => false,
    dispose: () => {},
  };
}
