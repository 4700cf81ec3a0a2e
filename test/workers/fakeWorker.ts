import { computeLabJob, type LabJob } from '../../src/workers/labJobs';

/** A stand-in Worker: records posted jobs; `answer` computes one and replies, as the worker does. */
export class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly posted: { id: number; job: LabJob }[] = [];
  terminated = false;

  postMessage(message: { id: number; job: LabJob }) {
    this.posted.push(message);
  }

  terminate() {
    this.terminated = true;
  }

  /** Replies to the oldest unanswered job. */
  answer() {
    const message = this.posted.shift();
    if (!message) throw new Error('no job to answer');
    const result = computeLabJob(message.job);
    this.onmessage?.({ data: { id: message.id, result } } as MessageEvent);
  }
}

/** A factory that makes FakeWorkers and keeps them for the test. */
export function fakeFactory() {
  const made: FakeWorker[] = [];
  const factory = () => {
    const w = new FakeWorker();
    made.push(w);
    return w as unknown as Worker;
  };
  return { made, factory };
}
