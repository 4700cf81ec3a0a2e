import { SUBSTEPS } from './cells';
import { finishTrace } from './forward';
import { KERNELS } from './kernels';
import { prepareRun } from './prepare';
import type { LayerTrace, Model, RunInput, Trace } from './types';

/** A point in a run: step t, layer, and the index of a sub-step within SUBSTEPS[cell]. */
export interface StepPosition {
  readonly t: number;
  readonly layer: number;
  readonly sub: number;
}

/** A run advanced by hand, one sub-step or one time step at a time. */
export interface Stepper {
  /** The layers' quantities, filled up to the last computed sub-step; later entries are 0. */
  readonly layers: readonly LayerTrace[];
  /** The next sub-step to compute, or null once every step of every layer is done. */
  next(): StepPosition | null;
  /** Computes the next sub-step and returns where it was; null when already done. */
  stepSub(): StepPosition | null;
  /** Computes the rest of the current time step, every layer; returns that step's t or null. */
  stepTime(): number | null;
  /** Computes everything left and returns the finished trace. */
  finish(): Trace;
}

/**
 * Runs `model` on `input` by hand, in time order: at each step t, layer 0's sub-steps, then
 * layer 1's, and so on. Each sub-step calls the very function the whole-sequence run calls,
 * so the numbers equal `runForward`'s bit for bit.
 */
export function createStepper(model: Model, input: RunInput): Stepper {
  const run = prepareRun(model, input);
  const { substeps } = KERNELS[model.config.cell];
  const perStep = SUBSTEPS[model.config.cell].length;
  const L = run.views.length;
  const total = input.seqLen * L * perStep;
  let done = 0;

  const positionOf = (n: number): StepPosition => ({
    t: Math.floor(n / (L * perStep)),
    layer: Math.floor(n / perStep) % L,
    sub: n % perStep,
  });
  const stepSub = (): StepPosition | null => {
    if (done === total) return null;
    const at = positionOf(done);
    substeps[at.sub](run.views[at.layer], at.t);
    done++;
    return at;
  };
  return {
    layers: run.layers,
    next: () => (done === total ? null : positionOf(done)),
    stepSub,
    stepTime() {
      const first = stepSub();
      if (first === null) return null;
      while (done < total && positionOf(done).t === first.t) stepSub();
      return first.t;
    },
    finish() {
      while (stepSub() !== null);
      return finishTrace(model, input, run);
    },
  };
}
