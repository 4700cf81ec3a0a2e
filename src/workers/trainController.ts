/**
 * The training worker's logic, free of any Worker: it owns a Trainer, answers requests and
 * posts events through a host. Continuous training runs in slices of about one frame; between
 * slices the host yields, so a `pause` is read within one slice. Tests drive it in Node with a
 * host whose clock and queue they control.
 */
import type { TrainConfig } from '../engine';
import type { ProgressBatch, TrainEvent, TrainRequest } from './protocol';
import { openRun, takeCheckpoint, type TrainRun } from './trainRun';

/** What the controller needs from its surroundings. */
export interface ControllerHost {
  /** Sends an event to the page (moving its buffers where the host can). */
  post(event: TrainEvent): void;
  /** Runs `fn` soon, as a new task, after requests already queued have been handled. */
  defer(fn: () => void): void;
  /** A clock in milliseconds. */
  now(): number;
}

/** How the controller paces itself. */
export interface ControllerOptions {
  /** Milliseconds of updates per slice before progress is posted and the host yields. */
  readonly sliceMs?: number;
  /** A checkpoint is posted after every this many updates while training. */
  readonly checkpointEvery?: number;
  /** Sequences in the held-out batch that accuracy is measured on. */
  readonly evalSize?: number;
  /** Milliseconds over which updates per second are counted. */
  readonly rateWindowMs?: number;
}

/** Takes requests with `handle`; posts progress, checkpoints and stops through the host. */
export function createTrainController(host: ControllerHost, options: ControllerOptions = {}) {
  const { sliceMs = 16, checkpointEvery = 25, evalSize = 256, rateWindowMs = 500 } = options;
  let s: TrainRun | null = null;
  let running = false;
  let sliceQueued = false;
  let pending: { loss: number[]; gradNorm: number[]; clipped: number[]; accuracy: number[] } = {
    loss: [],
    gradNorm: [],
    clipped: [],
    accuracy: [],
  };
  /** Updates counted since `since`; `fresh`: the last window's rate, until it is posted. */
  let rate = { since: 0, updates: 0, fresh: NaN };

  /** Posts the statistics gathered since the last post, if any. */
  const flush = () => {
    if (!s || pending.loss.length === 0) return;
    const batch: ProgressBatch = {
      first: s.updates - pending.loss.length + 1,
      loss: Float64Array.from(pending.loss),
      gradNorm: Float64Array.from(pending.gradNorm),
      clipped: Uint8Array.from(pending.clipped),
      accuracy: Float64Array.from(pending.accuracy),
      updatesPerSecond: rate.fresh,
    };
    rate.fresh = NaN;
    pending = { loss: [], gradNorm: [], clipped: [], accuracy: [] };
    host.post({ type: 'progress', run: s.run, batch });
  };

  /** Posts the model as it is now, with its held-out score and probe run. */
  const checkpoint = (session: TrainRun) =>
    host.post({ type: 'checkpoint', run: session.run, checkpoint: takeCheckpoint(session) });

  /** One update; false when it diverged (training then stops for good in this run). */
  const step = (session: TrainRun): boolean => {
    const stats = session.trainer.step();
    session.updates = stats.step;
    pending.loss.push(stats.loss);
    pending.gradNorm.push(stats.gradNorm);
    pending.clipped.push(stats.clipped ? 1 : 0);
    pending.accuracy.push(stats.accuracy ?? NaN);
    rate.updates++;
    if (stats.diverged) {
      running = false;
      session.diverged = true;
      flush();
      const divergence = { at: stats.step, reason: stats.diverged, kept: session.checkpointed };
      host.post({ type: 'diverged', run: session.run, divergence });
      return false;
    }
    return true;
  };

  /** Measures updates per second over windows of `rateWindowMs`. */
  const tickRate = () => {
    const now = host.now();
    const elapsed = now - rate.since;
    if (elapsed >= rateWindowMs) {
      rate = { since: now, updates: 0, fresh: (1000 * rate.updates) / elapsed };
    }
  };

  const slice = () => {
    sliceQueued = false;
    if (!running || !s) return;
    const start = host.now();
    do {
      if (!step(s)) return;
      tickRate();
      if (s.updates % checkpointEvery === 0) {
        flush();
        checkpoint(s);
      }
    } while (running && host.now() - start < sliceMs);
    flush();
    queueSlice();
  };

  const queueSlice = () => {
    if (sliceQueued || !running) return;
    sliceQueued = true;
    host.defer(slice);
  };

  /** Stops training (if it was running) and checkpoints the model where it stands. */
  const stop = (session: TrainRun) => {
    running = false;
    flush();
    if (session.checkpointed !== session.updates) checkpoint(session);
    host.post({ type: 'paused', run: session.run });
  };

  /** Opens run `run` of `config` and posts its first checkpoint (update 0). */
  const begin = (run: number, config: TrainConfig) => {
    running = false;
    pending = { loss: [], gradNorm: [], clipped: [], accuracy: [] };
    try {
      s = openRun(run, config, evalSize);
    } catch (e) {
      s = null;
      const message = e instanceof Error ? e.message : String(e);
      host.post({ type: 'error', run, cause: 'run', message });
      return;
    }
    checkpoint(s);
  };

  return {
    /** Carries out one request. Requests for another run than the current one are ignored. */
    handle(req: TrainRequest): void {
      if (req.type === 'configure') return begin(req.run, req.config);
      if (req.type === 'reset') return s ? begin(req.run, s.config) : undefined;
      if (!s || req.run !== s.run || s.diverged) return;
      if (req.type === 'train') {
        if (running) return;
        running = true;
        rate = { since: host.now(), updates: 0, fresh: NaN };
        queueSlice();
      } else if (req.type === 'pause') {
        if (running) stop(s);
      } else if (req.type === 'step') {
        if (running) return;
        if (step(s)) stop(s);
      }
    },
    /** Whether continuous training is on (for tests). */
    get running() {
      return running;
    },
  };
}

export type TrainController = ReturnType<typeof createTrainController>;
