import { SUBSTEPS } from '../engine';
import { isAtEnd, isAtStart } from './cursor';
import { cursorBounds } from './modelSlice';
import type { GateScopeState as S } from './state';

/** Named selectors: components read the store only through these. */
export const selectSettings = (s: S) => s.settings;
export const selectUpdate = (s: S) => s.update;
export const selectCell = (s: S) => s.settings.cell;
export const selectTrace = (s: S) => s.trace;
export const selectCursor = (s: S) => s.cursor;
export const selectTimeStep = (s: S) => s.cursor.t;
/** T: time steps in the current run. */
export const selectSeqLen = (s: S) => s.trace.seqLen;
/** The current cell's sub-steps in teaching order. */
export const selectSubsteps = (s: S) => SUBSTEPS[s.trace.config.cell];
/** The sub-step the cursor is on. */
export const selectCurrentSubstep = (s: S) => SUBSTEPS[s.trace.config.cell][s.cursor.sub];

export const selectCanStepBack = (s: S) => !isAtStart(s.cursor);
export const selectCanStepForward = (s: S) => !isAtEnd(s.cursor, cursorBounds(s.trace));
export const selectCanPreviousTimeStep = (s: S) => s.cursor.t > 0;
export const selectCanNextTimeStep = (s: S) => s.cursor.t < s.trace.seqLen - 1;

export const selectSetTimeStep = (s: S) => s.setTimeStep;
/** H: units per layer. */
export const selectHiddenSize = (s: S) => s.settings.hiddenSize;
export const selectSeed = (s: S) => s.settings.seed;
export const selectSequence = (s: S) => s.sequence;
export const selectGrads = (s: S) => s.grads;
export const selectModel = (s: S) => s.model;
export const selectLayer = (s: S) => s.layer;
export const selectSample = (s: S) => s.sample;
export const selectUnit = (s: S) => s.unit;

/** Playback, the timeline and the widget's chrome. */
export const selectPlaying = (s: S) => s.playing;
export const selectSpeed = (s: S) => s.speed;
export const selectSetSpeed = (s: S) => s.setSpeed;
export const selectHelpOpen = (s: S) => s.helpOpen;
export const selectCloseHelp = (s: S) => s.closeHelp;
export const selectNumLayers = (s: S) => s.settings.numLayers;
export const selectBias = (s: S) => s.settings.bias;
/** B: batch rows of the run. */
export const selectBatch = (s: S) => s.trace.batch;
export const selectSetLayer = (s: S) => s.setLayer;
export const selectSetSample = (s: S) => s.setSample;
export const selectSetUnit = (s: S) => s.setUnit;

/** The model's source: a loaded model (imported or from the training lab), or null. */
export const selectLoaded = (s: S) => s.loaded;
export const selectIsLoaded = (s: S) => s.loaded !== null;
export const selectLoadModel = (s: S) => s.loadModel;
export const selectUnloadModel = (s: S) => s.unloadModel;
/** Why the input is not the settings' sequence, or null. */
export const selectInputNotice = (s: S) => s.notice;
export const selectImportModel = (s: S) => s.importModel;
