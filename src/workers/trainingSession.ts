/**
 * Connects a training store to the worker: the lab's buttons and settings become requests, and
 * the worker's events are gathered and applied to the store in one go, in an animation frame
 * and at most every MIN_FRAME_MS.
 */
import {
  toTrainConfig,
  trainingConfigIssue,
  type TrainingConfigIssue,
  type TrainingConfig,
} from '../store/training/config';
import { applyEvents, freshRun, type TrainingStore } from '../store/training/trainingStore';
import type { TrainEvent } from './protocol';
import { createWorkerChannel, type TrainChannel } from './trainChannel';

export interface TrainingSession {
  /** Opens the worker and sets up the store's config; returns the function that closes it. */
  start(): () => void;
  train(): void;
  pause(): void;
  /** One update, then paused. */
  step(): void;
  /** Back to the initial weights of the same config (a new run). */
  reset(): void;
  /**
   * Changes settings and starts a new run from them. Invalid settings are refused: the return
   * value says why (and the current run goes on); null when applied.
   */
  configure(change: Partial<TrainingConfig>): TrainingConfigIssue | null;
}

/** Runs `fn` before a coming paint; returns a function that cancels it. */
export type FrameScheduler = (fn: () => void) => () => void;

/**
 * The store takes the worker's news at most this often: each take re-renders the figures and
 * the live charts, and ten times a second reads as live while leaving the main thread idle
 * most of the time (and no task near 50 ms).
 */
export const MIN_FRAME_MS = 100;

/** The first animation frame at least MIN_FRAME_MS after the last flush. */
function throttledFrame(): FrameScheduler {
  let last = -Infinity;
  return (fn) => {
    let raf = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      cancelAnimationFrame(raf);
      clearTimeout(timer);
      last = performance.now();
      fn();
    };
    const wait = Math.max(0, last + MIN_FRAME_MS - performance.now());
    // rAF stops in background tabs: the timer still flushes then, so events do not pile up.
    const fallback = () => (timer = setTimeout(run, 250));
    if (wait === 0) {
      raf = requestAnimationFrame(run);
      fallback();
    } else {
      timer = setTimeout(() => {
        raf = requestAnimationFrame(run);
        fallback();
      }, wait);
    }
    return () => {
      done = true;
      cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
  };
}

export function createTrainingSession(
  store: TrainingStore,
  makeChannel: () => TrainChannel = createWorkerChannel,
  frame: FrameScheduler = throttledFrame(),
): TrainingSession {
  let channel: TrainChannel | null = null;
  let queue: TrainEvent[] = [];
  let scheduled = false;
  let cancelFrame: (() => void) | null = null;

  const flush = () => {
    scheduled = false;
    cancelFrame = null;
    const events = queue;
    queue = [];
    store.setState((s) => applyEvents(s, events));
  };
  const receive = (event: TrainEvent) => {
    queue.push(event);
    if (scheduled) return;
    scheduled = true;
    const cancel = frame(flush);
    // A scheduler may flush at once (tests): then there is nothing left to cancel.
    if (scheduled) cancelFrame = cancel;
  };
  const send = (type: 'train' | 'pause' | 'step') =>
    channel?.send({ type, run: store.getState().run });

  /** A new run of `config`: fresh state, and the worker set up from it. */
  const open = (config: TrainingConfig) => {
    const run = store.getState().run + 1;
    store.setState(freshRun(run, config));
    channel?.send({ type: 'configure', run, config: toTrainConfig(config) });
  };

  return {
    start() {
      channel = makeChannel();
      const stop = channel.listen(receive);
      open(store.getState().config);
      return () => {
        stop();
        cancelFrame?.();
        cancelFrame = null;
        scheduled = false;
        queue = [];
        channel?.dispose();
        channel = null;
      };
    },
    train() {
      const { status } = store.getState();
      if (status !== 'ready' && status !== 'paused') return;
      store.setState({ status: 'training', shownUpdate: null });
      send('train');
    },
    pause() {
      if (store.getState().status !== 'training') return;
      store.setState({ status: 'pausing' });
      send('pause');
    },
    step() {
      const { status } = store.getState();
      if (status !== 'ready' && status !== 'paused') return;
      store.setState({ status: 'stepping', shownUpdate: null });
      send('step');
    },
    reset() {
      const run = store.getState().run + 1;
      store.setState(freshRun(run, store.getState().config));
      channel?.send({ type: 'reset', run });
    },
    configure(change) {
      const config = { ...store.getState().config, ...change };
      const problem = trainingConfigIssue(config);
      if (problem !== null) return problem;
      open(config);
      return null;
    },
  };
}
