import { describe, expect, it } from 'vitest';
import {
  TRAINING_DEFAULTS,
  TRAINING_PRESETS,
  applyEvents,
  createTrainingStore,
  matchingPreset,
  selectAccuracyPercent,
  selectShownCheckpoint,
  toTrainConfig,
  trainingConfigProblem,
  failureText,
} from '../../../src/store/training';
import type { Checkpoint, TrainEvent } from '../../../src/workers/protocol';

const checkpoint = (update: number, accuracy: number | null = 0.5) =>
  ({ update, accuracy, loss: 0.7, params: {}, probe: {} }) as unknown as Checkpoint;

describe('training config', () => {
  it('the defaults are the first preset and valid', () => {
    expect(trainingConfigProblem(TRAINING_DEFAULTS)).toBeNull();
    expect(matchingPreset(TRAINING_DEFAULTS)?.id).toBe('lstm-open');
    for (const p of TRAINING_PRESETS) expect(trainingConfigProblem(p.config), p.id).toBeNull();
  });

  it('refuses out-of-range and fractional values, naming the setting', () => {
    const bad = (change: object) => trainingConfigProblem({ ...TRAINING_DEFAULTS, ...change });
    expect(bad({ learningRate: 0 })).toMatch(/^Learning rate must be between/);
    expect(bad({ hiddenSize: 2.5 })).toBe('Hidden size must be a whole number; got 2.5.');
    expect(bad({ seqLen: 1 })).toMatch(/^Sequence length must be between 2 and/);
    expect(() => createTrainingStore({ batchSize: 0 })).toThrow(/Batch size/);
  });

  it('maps to the engine: SGD with momentum, clipping only when on', () => {
    const sgd = toTrainConfig({
      ...TRAINING_DEFAULTS,
      optimizer: 'sgd',
      momentum: 0.9,
      clip: false,
    });
    expect(sgd.optimizer).toEqual({ kind: 'sgd', lr: 0.01, momentum: 0.9 });
    expect(sgd.clip).toBeNull();
    const adam = toTrainConfig({ ...TRAINING_DEFAULTS, clip: true, clipNorm: 2 });
    expect(adam.optimizer).toEqual({ kind: 'adam', lr: 0.01 });
    expect(adam.clip).toBe(2);
  });
});

describe('applyEvents', () => {
  it('applies the current run’s events in order and drops those of other runs', () => {
    const store = createTrainingStore();
    const run = store.getState().run;
    const events: TrainEvent[] = [
      { type: 'checkpoint', run, checkpoint: checkpoint(0, 0.5) },
      { type: 'checkpoint', run: run - 1, checkpoint: checkpoint(99, 1) },
      { type: 'checkpoint', run, checkpoint: checkpoint(25, 0.975) },
    ];
    store.setState((s) => applyEvents(s, events));
    const s = store.getState();
    expect(s.checkpoints.map((c) => c.update)).toEqual([0, 25]);
    expect(Array.from(s.evals.accuracy)).toEqual([0.5, 0.975]);
    expect(selectAccuracyPercent(s)).toBe('97.5%');
  });

  it('paused confirms a pause or a step; diverged and error stop with their reason', () => {
    const store = createTrainingStore();
    const run = store.getState().run;
    store.setState({ status: 'pausing' });
    store.setState((s) => applyEvents(s, [{ type: 'paused', run }]));
    expect(store.getState().status).toBe('paused');
    const divergence = { at: 3, reason: 'the loss became NaN', kept: 0 };
    store.setState((s) => applyEvents(s, [{ type: 'diverged', run, divergence }]));
    expect(store.getState()).toMatchObject({ status: 'diverged', divergence });
    const error = { type: 'error', run: -1, cause: 'worker', message: 'gone' } as const;
    store.setState((s) => applyEvents(s, [error]));
    const failed = store.getState();
    expect(failed).toMatchObject({ status: 'failed', error: { cause: 'worker', detail: 'gone' } });
    expect(failureText(failed.error!, 'en')).toBe('The training worker failed: gone');
    expect(failureText(failed.error!, 'zh')).toBe('后台训练线程出错了，训练已停止。');
  });

  it('the slider shows the newest checkpoint unless one is chosen', () => {
    const store = createTrainingStore();
    const run = store.getState().run;
    const list = [0, 25, 50].map(
      (u) => ({ type: 'checkpoint', run, checkpoint: checkpoint(u) }) as const,
    );
    store.setState((s) => applyEvents(s, list));
    expect(selectShownCheckpoint(store.getState())?.update).toBe(50);
    store.getState().showCheckpoint(20);
    expect(selectShownCheckpoint(store.getState())?.update).toBe(25);
  });
});
