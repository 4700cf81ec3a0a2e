import type { StateCreator } from 'zustand/vanilla';
import type { CellKind, Model, RunInput, Trace } from '../engine';
import type { Cursor } from './cursor';

/** The network: which cell, its sizes and seed, and the parameters drawn from them. */
export interface ModelSlice {
  readonly cell: CellKind;
  /** H: units in the layer. */
  readonly hiddenSize: number;
  /** Seed of the generator the parameters are drawn from. */
  readonly seed: number;
  readonly model: Model;
  /** Switches the cell kind: redraws the parameters from the same seed and reruns. */
  setCell(cell: CellKind): void;
}

/** The input sequence x and its feature count. */
export interface InputSlice {
  readonly input: RunInput;
  /** I: features per time step. */
  readonly inputSize: number;
  /** Replaces the input (x shaped (T, B, I)) and reruns; a new I redraws the parameters. */
  setInput(input: RunInput, inputSize: number): void;
}

/** Where playback stands in the finished run. Moving never recomputes. */
export interface PlaybackSlice {
  readonly cursor: Cursor;
  stepForward(): void;
  stepBack(): void;
  nextTimeStep(): void;
  previousTimeStep(): void;
  /** Back to the first sub-step of time step 0. */
  reset(): void;
  /** To the last sub-step of the last time step. */
  toEnd(): void;
  /** To time step t (0-based, clamped) at the same sub-step. */
  setTimeStep(t: number): void;
}

/** The result of running the model on the input: what every panel reads. */
export interface RunSlice {
  readonly trace: Trace;
}

/** The whole state of one GateScope widget. */
export type GateScopeState = ModelSlice & InputSlice & PlaybackSlice & RunSlice;

/** A slice creator typed against the whole store, so a slice may read and set any of it. */
export type SliceCreator<T> = StateCreator<GateScopeState, [], [], T>;
