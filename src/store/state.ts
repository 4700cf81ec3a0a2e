import type { StateCreator } from 'zustand/vanilla';
import type { Cursor } from './cursor';
import type { Run } from './derive';
import type { ModelOrigin } from './modelNotes';
import type { ModelProblem, SettingsProblem } from './problems';
import type { Settings } from './settings';
import type { LoadedModel } from './source';

/**
 * The settings, the model's source and what is computed from them. Every change reruns forward
 * and backward.
 */
export interface ModelSlice extends Run {
  readonly settings: Settings;
  /** The model run as it is (imported, or from the training lab); null: derived from settings. */
  readonly loaded: LoadedModel | null;
  /**
   * Applies a change to the settings and reruns. Invalid settings are refused: the return value
   * says why, as data (and the old run stays); null when the change was applied. With a loaded model,
   * changing what it fixes (cell, sizes, layers, bias) is refused, and a new sequence replaces
   * the input that came with it.
   */
  update(change: Partial<Settings>): SettingsProblem | null;
  /**
   * Runs a loaded model: the cell, sizes, layers and bias follow it. A model the stepper cannot
   * show (e.g. too many layers) is refused with the reason, and nothing changes; null on success.
   */
  loadModel(model: LoadedModel): ModelProblem | null;
  /**
   * Reads a weights file's text (from `origin`) and loads it; on a problem returns it (at the
   * key it names), and nothing changes.
   */
  importModel(text: string, origin: ModelOrigin): ModelProblem | null;
  /** Back to the model derived from the settings (which keep the loaded model's sizes). */
  unloadModel(): void;
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
  /** To sub-step `sub` of the current time step (clamped). */
  setSubstep(sub: number): void;
  /** Whether playback is running: a timer in the UI calls `tick` every 1/speed seconds. */
  readonly playing: boolean;
  /** Playback speed in sub-steps per second. */
  readonly speed: number;
  /** Starts playback (from the start when the cursor is at the end). */
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** One sub-step on while playing; stops playing at the end. */
  tick(): void;
  setSpeed(speed: number): void;
}

/** The widget's chrome: which dialog is open. */
export interface UiSlice {
  /** Whether the keyboard-shortcut help dialog is open. */
  readonly helpOpen: boolean;
  openHelp(): void;
  closeHelp(): void;
}

/** Which part of the run the panels look at. */
export interface ViewSlice {
  /** The layer shown by the diagram and tables (0 = bottom). */
  readonly layer: number;
  /** The batch row shown. */
  readonly sample: number;
  /** The unit j the formula panel fills in, highlighted on every strip. */
  readonly unit: number;
  setLayer(layer: number): void;
  setSample(sample: number): void;
  setUnit(unit: number): void;
}

/** The whole state of one GateScope widget. */
export type GateScopeState = ModelSlice & PlaybackSlice & ViewSlice & UiSlice;

/** A slice creator typed against the whole store, so a slice may read and set any of it. */
export type SliceCreator<T> = StateCreator<GateScopeState, [], [], T>;
