import { describe, expect, it } from 'vitest';
import { SUBSTEPS } from '../../src/engine';
import {
  createGateScopeStore,
  selectCanNextTimeStep,
  selectCanPreviousTimeStep,
  selectCanStepBack,
  selectCanStepForward,
} from '../../src/store';
import { defaultRun } from '../support/defaultRun';

describe('createGateScopeStore', () => {
  it('starts at t = 0, first sub-step, with the engine’s trace of the default run', () => {
    const store = createGateScopeStore();
    const s = store.getState();
    expect(s.cursor).toEqual({ t: 0, sub: 0 });
    expect(s.settings.cell).toBe('lstm');
    expect(s.trace.output).toEqual(defaultRun('lstm').output);
  });

  it('moving the cursor selects from the same trace and never recomputes it', () => {
    const store = createGateScopeStore();
    const trace = store.getState().trace;
    const s = () => store.getState();
    s().stepForward();
    s().nextTimeStep();
    s().setTimeStep(7);
    s().stepBack();
    s().toEnd();
    s().reset();
    expect(s().trace).toBe(trace);
  });

  it('step forward carries across time steps; next/previous time step keep the sub-step', () => {
    const store = createGateScopeStore();
    const s = () => store.getState();
    for (let k = 0; k < 6; k++) s().stepForward();
    expect(s().cursor).toEqual({ t: 1, sub: 0 });
    s().stepBack();
    expect(s().cursor).toEqual({ t: 0, sub: 5 });
    s().nextTimeStep();
    expect(s().cursor).toEqual({ t: 1, sub: 5 });
    s().previousTimeStep();
    expect(s().cursor).toEqual({ t: 0, sub: 5 });
  });

  it('the can-move selectors are false exactly at the ends', () => {
    const store = createGateScopeStore();
    const s = () => store.getState();
    expect([selectCanStepBack(s()), selectCanPreviousTimeStep(s())]).toEqual([false, false]);
    expect([selectCanStepForward(s()), selectCanNextTimeStep(s())]).toEqual([true, true]);
    s().toEnd();
    expect(s().cursor).toEqual({ t: 11, sub: 5 });
    expect([selectCanStepForward(s()), selectCanNextTimeStep(s())]).toEqual([false, false]);
    s().stepForward();
    s().nextTimeStep();
    expect(s().cursor).toEqual({ t: 11, sub: 5 });
  });

  it('a move that goes nowhere notifies no one', () => {
    const store = createGateScopeStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().stepBack();
    store.getState().reset();
    expect(calls).toBe(0);
  });

  it('switching the cell reruns the engine and keeps the cursor inside the new sub-steps', () => {
    const store = createGateScopeStore();
    const s = () => store.getState();
    s().setTimeStep(3);
    s().toEnd();
    s().setTimeStep(3);
    expect(s().update({ cell: 'gru' })).toBeNull();
    expect(s().cursor).toEqual({ t: 3, sub: SUBSTEPS.gru.length - 1 });
    expect(s().trace.config.cell).toBe('gru');
    expect(s().trace.output).toEqual(defaultRun('gru').output);
    s().update({ cell: 'rnn' });
    expect(s().cursor).toEqual({ t: 3, sub: 0 });
    expect(s().trace.output).toEqual(defaultRun('rnn').output);
  });

  it('a new input reruns and clamps the time step', () => {
    const store = createGateScopeStore();
    const s = () => store.getState();
    s().toEnd();
    s().update({ sequence: { kind: 'numbers', values: [0.5, -1, 2] } });
    expect(s().trace.seqLen).toBe(3);
    expect(s().cursor).toEqual({ t: 2, sub: 5 });
  });

  it('two stores never share state', () => {
    const a = createGateScopeStore();
    const b = createGateScopeStore({ cell: 'gru' });
    a.getState().stepForward();
    expect(b.getState().cursor).toEqual({ t: 0, sub: 0 });
    expect(a.getState().settings.cell).toBe('lstm');
  });
});
