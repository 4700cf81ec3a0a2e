// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTrainingStore, issueText } from '../../src/store/training';
import type { TrainEvent, TrainRequest } from '../../src/workers/protocol';
import type { TrainChannel } from '../../src/workers/trainChannel';
import { createTrainingSession } from '../../src/workers/trainingSession';

/** A session on a channel that records requests, and a frame the test runs by hand. */
function setup() {
  const requests: TrainRequest[] = [];
  let listener: (e: TrainEvent) => void = () => {};
  const channel: TrainChannel = {
    send: (r) => requests.push(r),
    listen: (l) => ((listener = l), () => {}),
    dispose: () => {},
  };
  const frames: (() => void)[] = [];
  const store = createTrainingStore({ hiddenSize: 4 });
  const session = createTrainingSession(
    store,
    () => channel,
    (fn) => {
      frames.push(fn);
      return () => frames.splice(frames.indexOf(fn), 1);
    },
  );
  const stop = session.start();
  return { store, session, requests, frames, stop, emit: (e: TrainEvent) => listener(e) };
}

const progress = (run: number, first: number): TrainEvent => ({
  type: 'progress',
  run,
  batch: {
    first,
    loss: Float64Array.of(0.5),
    gradNorm: Float64Array.of(1),
    clipped: Uint8Array.of(0),
    accuracy: Float64Array.of(NaN),
    updatesPerSecond: NaN,
  },
});

describe('training session', () => {
  it('start configures the worker with the store’s config as a new run', () => {
    const { requests, store } = setup();
    expect(requests).toEqual([
      {
        type: 'configure',
        run: store.getState().run,
        config: expect.objectContaining({ hiddenSize: 4 }),
      },
    ]);
  });

  it('applies the worker’s events in one store update per frame', () => {
    const { store, frames, emit } = setup();
    const run = store.getState().run;
    let updates = 0;
    store.subscribe(() => updates++);
    emit(progress(run, 1));
    emit(progress(run, 2));
    emit(progress(run, 3));
    expect(frames).toHaveLength(1);
    expect(store.getState().history.length).toBe(0);
    frames.shift()!();
    expect(updates).toBe(1);
    expect(store.getState().history.length).toBe(3);
  });

  it('train, pause and step are sent for the current run, and the status follows', () => {
    const { session, store, requests, emit, frames } = setup();
    const run = store.getState().run;
    session.train();
    expect(store.getState().status).toBe('training');
    session.train();
    session.pause();
    expect(store.getState().status).toBe('pausing');
    emit({ type: 'paused', run });
    frames.shift()!();
    expect(store.getState().status).toBe('paused');
    session.step();
    expect(store.getState().status).toBe('stepping');
    expect(requests.slice(1).map((r) => [r.type, r.run])).toEqual([
      ['train', run],
      ['pause', run],
      ['step', run],
    ]);
  });

  it('reset and configure start a new run; an invalid change is refused and sends nothing', () => {
    const { session, store, requests } = setup();
    const run = store.getState().run;
    session.reset();
    expect(requests.at(-1)).toEqual({ type: 'reset', run: run + 1 });
    expect(session.configure({ cell: 'gru' })).toBeNull();
    expect(requests.at(-1)).toMatchObject({
      type: 'configure',
      run: run + 2,
      config: { cell: 'gru' },
    });
    expect(store.getState().config.cell).toBe('gru');
    const issue = session.configure({ learningRate: -1 });
    expect(issue).toEqual({ kind: 'range', key: 'learningRate', got: -1 });
    expect(issueText(issue!, 'en')).toMatch(/^Learning rate must be/);
    expect(requests).toHaveLength(3);
  });

  it('stopping drops queued events and the pending frame', () => {
    const { store, frames, emit, stop } = setup();
    emit(progress(store.getState().run, 1));
    stop();
    expect(frames).toHaveLength(0);
    expect(store.getState().history.length).toBe(0);
  });
});
