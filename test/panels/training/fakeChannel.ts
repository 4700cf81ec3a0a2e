import type { TrainEvent, TrainRequest } from '../../../src/workers/protocol';
import type { TrainChannel } from '../../../src/workers/trainChannel';
import { createTrainController } from '../../../src/workers/trainController';

/**
 * A training channel for component tests: the real controller, run in this thread on a clock the
 * test owns, with its slices queued until the test runs them. Requests are recorded.
 */
export function fakeChannel() {
  const requests: TrainRequest[] = [];
  const slices: (() => void)[] = [];
  const listeners = new Set<(e: TrainEvent) => void>();
  let clock = 0;
  const controller = createTrainController(
    {
      post: (e) => listeners.forEach((l) => l(e)),
      defer: (fn) => slices.push(fn),
      now: () => (clock += 5),
    },
    { evalSize: 32, checkpointEvery: 5 },
  );
  const channel: TrainChannel = {
    send(request) {
      requests.push(request);
      controller.handle(request);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => listeners.clear(),
  };
  return {
    channel,
    requests,
    /** Runs up to n queued training slices. */
    runSlices(n: number) {
      for (let k = 0; k < n && slices.length > 0; k++) slices.shift()!();
    },
    /** Sends an event as if the worker had posted it. */
    emit: (e: TrainEvent) => listeners.forEach((l) => l(e)),
  };
}
