/**
 * The gradient lab's companion store, one per lab widget: what is computed beside the main run
 * (the compare view's three runs, the RNN's Jacobian factors) and a main run still being
 * computed in a worker. Results stay until newer ones land, so plots never go blank.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CellKind } from '../engine';
import type { CompareRun } from './compare';
import type { Settings } from './settings';

/**
 * How long the settings must stay the same before what is off screen (plots below the fold, the
 * compare runs they show) catches up: longer than the gap between a drag's input events, so it
 * waits for the drag to pause.
 */
export const SETTLE_MS = 250;

/** The RNN's per-step Jacobian factors and the settings they were computed for. */
export interface JacobianResult {
  readonly settings: Settings;
  /** ‖diag(1 − h_t²) W_hh‖₂, t = 0 … T − 1. */
  readonly factors: Float64Array;
  /** Set when computed for a loaded model (so not for what the settings alone describe). */
  readonly loaded?: boolean;
}

export interface LabAsyncState {
  /** Whether the compare view (RNN, LSTM and GRU side by side) is shown and kept computed. */
  readonly compareOn: boolean;
  /** The latest run of each cell for the compare view (possibly of older settings). */
  readonly compare: Partial<Record<CellKind, CompareRun>>;
  readonly jacobian: JacobianResult | null;
  /** Settings whose main run a worker is computing; the controls show them meanwhile. */
  readonly pending: Settings | null;
}

export type LabAsyncStore = StoreApi<LabAsyncState>;

export function createLabAsyncStore(compareOn = true): LabAsyncStore {
  return createStore<LabAsyncState>()(() => ({
    compareOn,
    compare: {},
    jacobian: null,
    pending: null,
  }));
}

/** Named selectors of the lab's companion store. */
export const selectCompareOn = (s: LabAsyncState) => s.compareOn;
export const selectCompareRuns = (s: LabAsyncState) => s.compare;
export const selectJacobian = (s: LabAsyncState) => s.jacobian;
export const selectPending = (s: LabAsyncState) => s.pending;
