/**
 * The gradient lab's heavy computations as messages: what a worker is asked to compute and
 * what it sends back. `computeLabJob` is pure, so the same code runs in a worker and, where
 * there is no Worker (tests, old browsers), on the main thread.
 */
import { jacobianFactors, runForward } from '../engine';
import { deriveCompareRun, type CompareRun } from '../store/compare';
import { deriveModel, deriveRun, deriveSequence, type Run } from '../store/derive';
import type { Settings } from '../store/settings';

/** A computation for the lab, from settings alone (the worker reruns what it needs). */
export type LabJob =
  /** forward + BPTT of the settings: the store's whole run. */
  | { readonly kind: 'run'; readonly settings: Settings }
  /** The run of the settings (with their cell), summarised for the compare view. */
  | { readonly kind: 'compare'; readonly settings: Settings }
  /** The RNN's per-step Jacobian factors ‖diag(1 − h_t²) W_hh‖ of the top layer, batch row 0. */
  | { readonly kind: 'jacobian'; readonly settings: Settings };

/** What a job gives back; `settings` are the job's. */
export type LabResult =
  | { readonly kind: 'run'; readonly settings: Settings; readonly run: Run }
  | { readonly kind: 'compare'; readonly settings: Settings; readonly run: CompareRun }
  | { readonly kind: 'jacobian'; readonly settings: Settings; readonly factors: Float64Array };

/** The Jacobian factors of the settings' RNN, from a forward run only (no BPTT needed). */
export function deriveJacobian(s: Settings): Float64Array {
  const sequence = deriveSequence(s);
  const model = deriveModel(s, sequence.inputSize);
  const trace = runForward(model, { seqLen: sequence.seqLen, batch: 1, x: sequence.x });
  return jacobianFactors(model, trace, s.numLayers - 1, 0);
}

export function computeLabJob(job: LabJob): LabResult {
  switch (job.kind) {
    case 'run':
      return { kind: 'run', settings: job.settings, run: deriveRun(job.settings) };
    case 'compare':
      return {
        kind: 'compare',
        settings: job.settings,
        run: deriveCompareRun(job.settings, job.settings.cell),
      };
    case 'jacobian':
      return { kind: 'jacobian', settings: job.settings, factors: deriveJacobian(job.settings) };
  }
}

/** Every typed array's buffer in a value, once each: what postMessage can transfer. */
export function buffersOf(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) buffersOf(v, found);
  }
  return [...found];
}
