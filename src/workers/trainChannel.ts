/**
 * The page's end of the training worker: send requests, listen to events. The page talks to this
 * small interface only, so tests can put a fake in its place and a browser without module
 * workers still trains (in the page, slower).
 */
import type { TrainEvent, TrainRequest } from './protocol';
import { createTrainController } from './trainController';

export interface TrainChannel {
  send(request: TrainRequest): void;
  /** Calls `listener` with every event from now on; returns the function that stops it. */
  listen(listener: (event: TrainEvent) => void): () => void;
  /** Stops the worker. */
  dispose(): void;
}

/** An error that belongs to no particular run (the worker itself failed). */
export const ANY_RUN = -1;

/** A module worker running train.worker.ts. */
export function createWorkerChannel(): TrainChannel {
  if (typeof Worker === 'undefined') return createInlineChannel();
  const worker = new Worker(new URL('./train.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gatescope-train',
  });
  const listeners = new Set<(event: TrainEvent) => void>();
  const emit = (event: TrainEvent) => listeners.forEach((l) => l(event));
  worker.onmessage = (e: MessageEvent<TrainEvent>) => emit(e.data);
  worker.onerror = (e) => {
    e.preventDefault();
    emit({ type: 'error', run: ANY_RUN, cause: 'worker', message: e.message });
  };
  return {
    send: (request) => worker.postMessage(request),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => worker.terminate(),
  };
}

/**
 * The controller run in this thread, with events delivered asynchronously as a worker's would
 * be: for environments without Worker (and as a fallback). Slices still yield between them.
 */
export function createInlineChannel(): TrainChannel {
  const listeners = new Set<(event: TrainEvent) => void>();
  let disposed = false;
  const controller = createTrainController({
    post: (event) => queueMicrotask(() => !disposed && listeners.forEach((l) => l(event))),
    defer: (fn) => setTimeout(() => !disposed && fn(), 0),
    now: () => performance.now(),
  });
  return {
    send: (request) => setTimeout(() => !disposed && controller.handle(request), 0),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => {
      disposed = true;
    },
  };
}
