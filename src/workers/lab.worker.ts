/// <reference lib="webworker" />
/** The gradient lab's worker: runs one job per message and transfers the result back. */
import { buffersOf, computeLabJob, type LabJob } from './labJobs';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (e: MessageEvent<{ id: number; job: LabJob }>) => {
  const { id, job } = e.data;
  try {
    const result = computeLabJob(job);
    self.postMessage({ id, result }, buffersOf(result));
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
