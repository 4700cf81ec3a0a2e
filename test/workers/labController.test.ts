import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  LAB_DEFAULTS,
  createGateScopeStore,
  deriveRun,
  type Settings,
} from '../../src/store';
import { jacobianFactors } from '../../src/engine';
import { MAIN_THREAD_COST, compareKey } from '../../src/store/compare';
import { compareUpToDate } from '../../src/store/gradientSelectors';
import { SETTLE_MS, createLabAsyncStore } from '../../src/store/labAsync';
import { createLabController, type Defer } from '../../src/workers/labController';
import { createLabPool, syncPool } from '../../src/workers/labPool';
import { fakeFactory } from './fakeWorker';

const small = { ...LAB_DEFAULTS, hiddenSize: 6, sequence: { kind: 'noise', seqLen: 8 } } as const;

/** hereCost: up to what cost the compare runs are computed on the main thread (0: never). */
function setup(makePool = syncPool, defer?: Defer, hereCost = 0) {
  const store = createGateScopeStore(small as Partial<Settings>);
  const lab = createLabAsyncStore(true);
  const controller = createLabController(store, lab, makePool, defer, hereCost);
  return { store, lab, controller };
}

describe('createLabController(store, lab, pool)', () => {
  it('on start, fills the compare view with all three cells of the same settings', () => {
    const { store, lab, controller } = setup();
    const stop = controller.start();
    const { compare, jacobian } = lab.getState();
    const key = compareKey(store.getState().settings);
    for (const cell of ['rnn', 'lstm', 'gru'] as const) {
      expect(compare[cell]?.cell).toBe(cell);
      expect(compareKey(compare[cell]!.settings)).toBe(key);
    }
    // The store's own cell is summarised from its run, not rerun.
    expect(Array.from(compare.rnn!.normH)).toEqual(Array.from(store.getState().grads.norms.h));
    expect(jacobian?.factors).toHaveLength(8);
    stop();
  });

  it('follows every new run, and reruns nothing when only the cell changes', () => {
    const { store, lab, controller } = setup();
    const stop = controller.start();
    expect(controller.update({ recurrentScale: 2 })).toBeNull();
    const after = lab.getState().compare;
    expect(after.gru!.settings.recurrentScale).toBe(2);
    const expected = deriveRun({
      ...DEFAULT_SETTINGS,
      ...small,
      recurrentScale: 2,
      cell: 'gru',
    } as Settings);
    expect(Array.from(after.gru!.normH)).toEqual(Array.from(expected.grads.norms.h));
    controller.update({ cell: 'lstm' });
    expect(lab.getState().compare.gru).toBe(after.gru);
    expect(store.getState().settings.cell).toBe('lstm');
    stop();
  });

  it('refuses invalid settings with the store’s reason', () => {
    const { controller } = setup();
    controller.start();
    expect(controller.update({ hiddenSize: 0 })).toEqual({
      kind: 'outOfRange',
      setting: 'hiddenSize',
      min: 1,
      max: 128,
      got: 0,
    });
  });

  it('stops computing the compare view when it is hidden', () => {
    const { lab, controller } = setup();
    controller.start();
    controller.setCompare(false);
    controller.update({ seed: 5 });
    expect(lab.getState().compare.lstm!.settings.seed).toBe(1);
    controller.setCompare(true);
    expect(lab.getState().compare.lstm!.settings.seed).toBe(5);
  });

  it('runs a big change in a worker: pending until it lands, then the store has its run', () => {
    const { made, factory } = fakeFactory();
    const { store, lab, controller } = setup(() => createLabPool(1, factory));
    const stop = controller.start();
    const before = store.getState().trace;
    const big = { hiddenSize: 128, sequence: { kind: 'noise', seqLen: 120 } } as const;
    expect(controller.update(big)).toBeNull();
    expect(lab.getState().pending).toMatchObject(big);
    expect(store.getState().trace).toBe(before);
    // What the controls show (and a slider's next change starts from): the pending settings.
    expect(controller.settings()).toBe(lab.getState().pending);
    // The first worker job is the start's compare run; answer jobs until the run lands.
    while (lab.getState().pending) made[0].answer();
    expect(store.getState().settings).toMatchObject(big);
    expect(controller.settings()).toBe(store.getState().settings);
    expect(store.getState().trace.config.hiddenSize).toBe(128);
    stop();
  });

  it('shows a loaded model as it is: its own run and Jacobian factors, no kin from the settings', () => {
    const { store, lab, controller } = setup();
    const stop = controller.start();
    const fromSettings = lab.getState().jacobian!.factors;
    // A "trained" model: the settings' model with W_hh tripled, so it is not what they describe.
    const model = structuredClone(store.getState().model);
    model.params.weight_hh_l0.forEach((v, i, U) => (U[i] = 3 * v));
    expect(
      store
        .getState()
        .loadModel({ model, from: 'training', origin: { kind: 'training', update: 0 } }),
    ).toBeNull();
    const { compare, jacobian } = lab.getState();
    expect(Object.keys(compare)).toEqual(['rnn']);
    expect(Array.from(compare.rnn!.normH)).toEqual(Array.from(store.getState().grads.norms.h));
    const own = jacobianFactors(model, store.getState().trace, 0, 0);
    expect(Array.from(jacobian!.factors)).toEqual(Array.from(own));
    expect(Array.from(own)).not.toEqual(Array.from(fromSettings));
    // A change reruns the loaded model at once (no worker could rebuild it from settings).
    expect(controller.update({ sequence: { kind: 'noise', seqLen: 9 } })).toBeNull();
    expect(store.getState().trace.seqLen).toBe(9);
    expect(store.getState().model).toBe(model);
    expect(lab.getState().jacobian!.factors).toHaveLength(9);
    // Back to generated weights: the three cells and the settings' own factors return.
    store.getState().unloadModel();
    expect(Object.keys(lab.getState().compare).sort()).toEqual(['gru', 'lstm', 'rnn']);
    expect(lab.getState().jacobian!.loaded).toBeFalsy();
    expect(lab.getState().jacobian!.factors).toHaveLength(9);
    stop();
  });

  it('with workers, asks for the compare cells and (its panel off screen) the Jacobian once the main plots are painted, once per paint', () => {
    const { made, factory } = fakeFactory();
    const waiting: (() => void)[] = [];
    const defer: Defer = (f) => {
      waiting.push(f);
      return () => waiting.splice(waiting.indexOf(f), 1);
    };
    const { store, lab, controller } = setup(() => createLabPool(3, factory), defer);
    const stop = controller.start();
    for (const w of made) while (w.posted.length > 0) w.answer();
    const jobs = () => made.flatMap((w) => w.posted.map((p) => p.job));
    // Two inputs before the paint: the store has the newest run; nothing is asked yet.
    expect(controller.update({ recurrentScale: 2 })).toBeNull();
    expect(controller.update({ recurrentScale: 3 })).toBeNull();
    expect(store.getState().settings.recurrentScale).toBe(3);
    expect(jobs()).toEqual([]);
    expect(lab.getState().compare.rnn!.settings.recurrentScale).toBe(1);
    // The paint: one follow for both, of the newest settings.
    expect(waiting).toHaveLength(1);
    waiting.shift()!();
    expect(lab.getState().compare.rnn!.settings.recurrentScale).toBe(3);
    expect(jobs().map((j) => [j.kind, j.settings.recurrentScale])).toEqual([
      ['compare', 3],
      ['compare', 3],
      ['jacobian', 3],
    ]);
    while (made.some((w) => w.posted.length > 0))
      for (const w of made) while (w.posted.length > 0) w.answer();
    expect(lab.getState().jacobian!.settings.recurrentScale).toBe(3);
    expect(compareUpToDate(lab.getState().compare, compareKey(store.getState().settings))).toBe(
      true,
    );
    // Stopping drops a follow still waiting for its paint.
    controller.update({ recurrentScale: 4 });
    stop();
    expect(waiting).toHaveLength(0);
  });

  it('asks a worker for the Jacobian of a run above the default size at once, its panel on screen', () => {
    const { made, factory } = fakeFactory();
    const waiting: (() => void)[] = [];
    const store = createGateScopeStore({
      ...LAB_DEFAULTS,
      sequence: { kind: 'noise', seqLen: 60 },
    } as Partial<Settings>);
    const lab = createLabAsyncStore(false);
    const controller = createLabController(
      store,
      lab,
      () => createLabPool(1, factory),
      (f) => {
        waiting.push(f);
        return () => waiting.splice(waiting.indexOf(f), 1);
      },
    );
    const stop = controller.start();
    while (made[0].posted.length > 0) made[0].answer();
    controller.partOnScreen('bounds', true);
    controller.update({ recurrentScale: 2 });
    // Before the paint: the worker computes while the frame is drawn.
    const jobs = made[0].posted.map((p) => [p.job.kind, p.job.settings.recurrentScale]);
    expect(jobs).toEqual([['jacobian', 2]]);
    made[0].answer();
    expect(lab.getState().jacobian!.settings.recurrentScale).toBe(2);
    stop();
  });

  it('computes a small run’s Jacobian factors here while the bounds panel is on screen, else in a worker once the settings settle', () => {
    vi.useFakeTimers();
    const { made, factory } = fakeFactory();
    const { store, lab, controller } = setup(
      () => createLabPool(3, factory),
      undefined,
      MAIN_THREAD_COST,
    );
    const stop = controller.start();
    const posted = () => made.flatMap((w) => w.posted.map((p) => p.job.kind));
    for (const w of made) while (w.posted.length > 0) w.answer();
    controller.partOnScreen('bounds', true);
    controller.update({ recurrentScale: 2 });
    // In the input's own task, with the run: nothing is asked of a worker.
    expect(posted()).toEqual([]);
    const { model, trace } = store.getState();
    expect(lab.getState().jacobian!.settings.recurrentScale).toBe(2);
    expect(Array.from(lab.getState().jacobian!.factors)).toEqual(
      Array.from(jacobianFactors(model, trace, 0, 0)),
    );
    try {
      // Off screen: nothing while the settings change; a worker once they have settled.
      controller.partOnScreen('bounds', false);
      controller.update({ recurrentScale: 2.5 });
      vi.advanceTimersByTime(SETTLE_MS / 2);
      controller.update({ recurrentScale: 3 });
      vi.advanceTimersByTime(SETTLE_MS - 1);
      expect(posted()).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(made.flatMap((w) => w.posted.map((p) => p.job.settings.recurrentScale))).toEqual([3]);
      expect(lab.getState().jacobian!.settings.recurrentScale).toBe(2);
      // Back on screen before the worker answers: computed here at once; the worker's answer,
      // when it comes, is dropped.
      controller.partOnScreen('bounds', true);
      const here = lab.getState().jacobian!;
      expect(here.settings.recurrentScale).toBe(3);
      for (const w of made) while (w.posted.length > 0) w.answer();
      expect(lab.getState().jacobian).toBe(here);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('never lets a worker’s older run of the store’s own cell land over the store’s run', () => {
    const { made, factory } = fakeFactory();
    const { store, lab, controller } = setup(() => createLabPool(1, factory));
    const stop = controller.start(); // asks workers for the LSTM and GRU of the RNN's settings
    expect(controller.update({ cell: 'lstm', gateBias: 3 })).toBeNull();
    const own = lab.getState().compare.lstm;
    expect(own!.settings.gateBias).toBe(3);
    while (made[0].posted.length > 0) made[0].answer();
    expect(lab.getState().compare.lstm).toBe(own);
    expect(compareUpToDate(lab.getState().compare, compareKey(store.getState().settings))).toBe(
      true,
    );
    stop();
  });

  it('with workers, computes a small run’s compare cells here at once (the view can be seen), the Jacobian (off screen) in a worker after the paint', () => {
    const { made, factory } = fakeFactory();
    const waiting: (() => void)[] = [];
    const defer: Defer = (f) => {
      waiting.push(f);
      return () => waiting.splice(waiting.indexOf(f), 1);
    };
    const { store, lab, controller } = setup(
      () => createLabPool(3, factory),
      defer,
      MAIN_THREAD_COST,
    );
    const stop = controller.start();
    for (const w of made) while (w.posted.length > 0) w.answer();
    expect(controller.update({ recurrentScale: 2 })).toBeNull();
    // In the same task as the main run: the compare view is drawn in the same frame.
    const { compare } = lab.getState();
    expect(compare.gru!.settings.recurrentScale).toBe(2);
    // The RNN's Jacobian factors (their panel is not on screen) are asked of a worker once the
    // frame is painted; the compare view, up to date, is left as it is.
    const posted = () => made.flatMap((w) => w.posted.map((p) => p.job.kind));
    expect(posted()).toEqual([]);
    expect(waiting).toHaveLength(1);
    waiting.shift()!();
    expect(lab.getState().compare).toBe(compare);
    expect(posted()).toEqual(['jacobian']);
    for (const cell of ['lstm', 'gru'] as const) {
      const want = deriveRun({ ...store.getState().settings, cell });
      expect(Array.from(compare[cell]!.normH)).toEqual(Array.from(want.grads.norms.h));
    }
    // The next run reuses the memory: what the compare view keeps of this one stays as it was.
    const kept = Array.from(compare.gru!.hidden);
    controller.update({ recurrentScale: 3 });
    expect(Array.from(compare.gru!.hidden)).toEqual(kept);
    expect(lab.getState().compare.gru!.settings.recurrentScale).toBe(3);
    waiting.shift()!();
    // With no part of the compare view on screen, what it needs is asked for after the paint.
    controller.partOnScreen('chart', false);
    controller.update({ recurrentScale: 2.5 });
    expect(lab.getState().compare.gru!.settings.recurrentScale).toBe(3);
    expect(waiting).toHaveLength(1);
    stop();
  });

  it('with the compare view off screen, its runs wait until the settings settle or it is seen', () => {
    vi.useFakeTimers();
    try {
      const { lab, controller } = setup();
      const stop = controller.start();
      const scale = () => lab.getState().compare.gru!.settings.recurrentScale;
      controller.partOnScreen('chart', false);
      controller.partOnScreen('heatmaps', false);
      controller.update({ recurrentScale: 2 });
      expect(scale()).toBe(1);
      vi.advanceTimersByTime(SETTLE_MS - 1);
      // A drag goes on: each change restarts the wait.
      controller.update({ recurrentScale: 3 });
      vi.advanceTimersByTime(SETTLE_MS - 1);
      expect(scale()).toBe(1);
      vi.advanceTimersByTime(1);
      expect(scale()).toBe(3);
      // One part on screen is enough, and it catches up at once.
      controller.update({ recurrentScale: 2 });
      expect(scale()).toBe(3);
      controller.partOnScreen('heatmaps', true);
      expect(scale()).toBe(2);
      controller.update({ recurrentScale: 1.5 });
      expect(scale()).toBe(1.5);
      // A part that is gone no longer counts; with none left, the view counts as seen.
      controller.partOnScreen('heatmaps', null);
      controller.update({ recurrentScale: 1 });
      expect(scale()).toBe(1.5);
      controller.partOnScreen('chart', null);
      controller.update({ recurrentScale: 0.5 });
      expect(scale()).toBe(0.5);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
