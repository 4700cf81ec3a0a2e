/// <reference lib="webworker" />
/**
 * The training worker: one Trainer, driven by `TrainRequest`s (see protocol.ts). Between slices
 * of updates it yields through a MessageChannel (setTimeout would be clamped to 4 ms), so that
 * requests from the page are read between slices.
 */
import { transferables, type TrainEvent, type TrainRequest } from './protocol';
import { createTrainController } from './trainController';

declare const self: DedicatedWorkerGlobalScope;

const tasks: (() => void)[] = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => tasks.shift()?.();

const controller = createTrainController({
  post: (event: TrainEvent) => self.postMessage(event, transferables(event)),
  defer: (fn) => {
    tasks.push(fn);
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
});

self.onmessage = (e: MessageEvent<TrainRequest>) => controller.handle(e.data);
