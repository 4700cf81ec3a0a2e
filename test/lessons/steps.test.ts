import { describe, expect, it } from 'vitest';
import { SUBSTEPS } from '../../src/engine';
import { applyStep, stepSettings } from '../../src/lessons/apply';
import { LESSONS, lessonById } from '../../src/lessons/registry';
import type { LessonWorld, RunSummary } from '../../src/lessons/types';
import { LAB_DEFAULTS, LAB_RECURRENT_SCALE, createGateScopeStore } from '../../src/store';

const world = (widget: LessonWorld['widget'], runs: LessonWorld['runs'] = {}): LessonWorld => ({
  widget,
  runs,
});

describe('applying a lesson step', () => {
  for (const lesson of LESSONS) {
    for (const step of lesson.steps) {
      it(`${lesson.id}/${step.id} sets its settings and cursor on a fresh store, and on one elsewhere`, () => {
        for (const store of [createGateScopeStore(), createGateScopeStore(LAB_DEFAULTS)]) {
          store.getState().toEnd();
          store.getState().setUnit(store.getState().settings.hiddenSize - 1);
          expect(applyStep(store, lesson, step)).toBeNull();
          const s = store.getState();
          expect(s.settings).toEqual(stepSettings(lesson, step));
          expect(s.cursor).toEqual({ t: 0, sub: 0, ...step.setup.cursor });
          expect(s.unit).toBe(0);
          expect(s.playing).toBe(false);
        }
      });
    }
  }

  it('sets aside an imported model (a step sets the sizes it talks about)', () => {
    const store = createGateScopeStore();
    const { model } = store.getState();
    expect(
      store
        .getState()
        .loadModel({ model, from: 'file', origin: { kind: 'file', name: 'weights.json' } }),
    ).toBeNull();
    expect(store.getState().loaded).not.toBeNull();
    const lesson = lessonById('gru-four-steps');
    applyStep(store, lesson, lesson.steps[0]);
    expect(store.getState().loaded).toBeNull();
    expect(store.getState().settings.cell).toBe('gru');
  });
});

describe('what the steps claim to set', () => {
  it('lesson 2 walks the six LSTM sub-steps in order at time step 4, then the gradient lab', () => {
    const lesson = lessonById('lstm-six-steps');
    const store = createGateScopeStore();
    const seen = lesson.steps.slice(0, 6).map((step) => {
      applyStep(store, lesson, step);
      const s = store.getState();
      expect(s.settings.cell).toBe('lstm');
      expect(s.cursor.t).toBe(3);
      return SUBSTEPS.lstm[s.cursor.sub].id;
    });
    expect(seen).toEqual(['forget', 'input', 'candidate', 'output', 'cell', 'hidden']);
    expect(lesson.steps.slice(0, 6).map((s) => s.id)).toEqual(seen);
    applyStep(store, lesson, lesson.steps[6]);
    expect(store.getState().settings).toMatchObject({ cell: 'lstm', gateBias: 3, hiddenSize: 64 });
  });

  it('lesson 3 walks the four GRU sub-steps in order', () => {
    const lesson = lessonById('gru-four-steps');
    const store = createGateScopeStore();
    const seen = lesson.steps.slice(0, 4).map((step) => {
      applyStep(store, lesson, step);
      return SUBSTEPS.gru[store.getState().cursor.sub].id;
    });
    expect(seen).toEqual(['update', 'reset', 'candidate', 'state']);
  });

  it('lesson 1 runs the gradient lab’s RNN (hidden 64, 50 steps of noise) after its first step', () => {
    const lesson = lessonById('rnn-forgets');
    for (const step of lesson.steps.slice(1)) {
      expect(stepSettings(lesson, step)).toMatchObject({
        cell: 'rnn',
        hiddenSize: 64,
        sequence: { kind: 'noise', seqLen: 50 },
        loss: 'last',
      });
    }
  });

  it('lesson 4 shows each training run once, then the results', () => {
    const lesson = lessonById('compare-on-task');
    expect(lesson.steps.map((s) => s.setup.training ?? null)).toEqual([
      null,
      'lstm-open',
      'gru-open',
      'rnn',
      null,
    ]);
    expect(lesson.steps[4].setup.panels).toEqual(['results']);
  });
});

describe('each task’s check', () => {
  const run = (r: Partial<RunSummary>): RunSummary => ({
    updates: 0,
    accuracy: null,
    reachedAt: null,
    finished: false,
    ...r,
  });

  it('is not done when the step starts (the student has something to do)', () => {
    for (const lesson of LESSONS) {
      for (const step of lesson.steps) {
        if (!step.task) continue;
        const store = createGateScopeStore();
        applyStep(store, lesson, step);
        expect(step.task.done(world(store.getState())), `${lesson.id}/${step.id}`).toBe(false);
      }
    }
  });

  it('lesson 1: done below 0.5 and at the top of the recurrent scale, not before', () => {
    const lesson = lessonById('rnn-forgets');
    const [, vanishing, exploding] = lesson.steps;
    const store = createGateScopeStore();
    applyStep(store, lesson, vanishing);
    store.getState().update({ recurrentScale: 0.55 });
    expect(vanishing.task!.done(world(store.getState()))).toBe(false);
    store.getState().update({ recurrentScale: 0.45 });
    expect(vanishing.task!.done(world(store.getState()))).toBe(true);
    applyStep(store, lesson, exploding);
    store.getState().update({ recurrentScale: LAB_RECURRENT_SCALE.max - 0.05 });
    expect(exploding.task!.done(world(store.getState()))).toBe(false);
    store.getState().update({ recurrentScale: LAB_RECURRENT_SCALE.max });
    expect(exploding.task!.done(world(store.getState()))).toBe(true);
  });

  it('lesson 2: stepping into time step 5; the forget bias down to 0', () => {
    const lesson = lessonById('lstm-six-steps');
    const store = createGateScopeStore();
    applyStep(store, lesson, lesson.steps[5]);
    store.getState().stepForward();
    expect(store.getState().cursor.t).toBe(4);
    expect(lesson.steps[5].task!.done(world(store.getState()))).toBe(true);
    applyStep(store, lesson, lesson.steps[6]);
    store.getState().update({ gateBias: 0.1 });
    expect(lesson.steps[6].task!.done(world(store.getState()))).toBe(false);
    store.getState().update({ gateBias: 0 });
    expect(lesson.steps[6].task!.done(world(store.getState()))).toBe(true);
  });

  it('lessons 3 and 5: the hidden size 8, the layers 3', () => {
    const store = createGateScopeStore();
    const gru = lessonById('gru-four-steps');
    applyStep(store, gru, gru.steps[4]);
    store.getState().update({ hiddenSize: 8 });
    expect(gru.steps[4].task!.done(world(store.getState()))).toBe(true);
    const py = lessonById('from-pytorch');
    applyStep(store, py, py.steps[1]);
    expect(store.getState().settings.numLayers).toBe(2);
    store.getState().update({ numLayers: 3 });
    expect(py.steps[1].task!.done(world(store.getState()))).toBe(true);
  });

  it('lesson 4: each run’s task reads its own run', () => {
    const lesson = lessonById('compare-on-task');
    const widget = createGateScopeStore().getState();
    const [, lstm, gru, rnn] = lesson.steps;
    expect(lstm.task!.done(world(widget, { 'gru-open': run({ reachedAt: 75 }) }))).toBe(false);
    expect(lstm.task!.done(world(widget, { 'lstm-open': run({ reachedAt: 75 }) }))).toBe(true);
    expect(gru.task!.done(world(widget, { 'gru-open': run({ reachedAt: 50 }) }))).toBe(true);
    expect(rnn.task!.done(world(widget, { rnn: run({ updates: 120 }) }))).toBe(false);
    expect(rnn.task!.done(world(widget, { rnn: run({ updates: 300, finished: true }) }))).toBe(
      true,
    );
  });
});
