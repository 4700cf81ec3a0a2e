import type { Lang } from '../i18n/lang';
import type { GateScopeState, Settings } from '../store';
import type { LessonId } from './ids';

/** Text in every UI language. */
export type Localized = { readonly [L in Lang]: string };

/**
 * The panels a lesson step can show beside its text. Most are the app's own panels on the
 * lesson's widget store; `params`, `pytorch` and `results` are the lessons' own, and `training`
 * is the training lab's Train bar and charts on the preset the step names.
 */
export const LESSON_PANEL_IDS = [
  'controls',
  'diagram',
  'formula',
  'states',
  'gradient',
  'why',
  'labControls',
  'settings',
  'params',
  'pytorch',
  'training',
  'results',
] as const;

export type LessonPanelId = (typeof LESSON_PANEL_IDS)[number];

/** The three networks lesson 4 trains, by the training-lab preset each one runs. */
export const TRAINING_RUNS = ['lstm-open', 'gru-open', 'rnn'] as const;
export type TrainingRunId = (typeof TRAINING_RUNS)[number];

/** A training run's outcome, read from its store while or after it trains. */
export interface RunSummary {
  /** Updates done so far. */
  readonly updates: number;
  /** Held-out accuracy (0–1) at the newest checkpoint; null before the first. */
  readonly accuracy: number | null;
  /** The first update whose checkpoint reached the target accuracy (0.95); null if none has. */
  readonly reachedAt: number | null;
  /** Whether the run has stopped at its budget of updates. */
  readonly finished: boolean;
}

/** What a task's check reads: the lesson's widget and lesson 4's training runs. */
export interface LessonWorld {
  readonly widget: GateScopeState;
  readonly runs: Readonly<Partial<Record<TrainingRunId, RunSummary>>>;
}

/** Something the student is asked to try, checked live. */
export interface LessonTask {
  readonly prompt: Localized;
  /** Whether it has happened. */
  readonly done: (world: LessonWorld) => boolean;
}

/** What a step sets up when the student arrives at it. */
export interface StepSetup {
  /**
   * Settings over the lesson's `base` (and the app's defaults): every step sets the whole of
   * them, so a step looks the same however the student reached it (in order, by the step list
   * or from a URL).
   */
  readonly settings?: Partial<Settings>;
  /** The cursor: time step t (0-based) and sub-step (index in SUBSTEPS[cell]); default 0, 0. */
  readonly cursor?: { readonly t: number; readonly sub: number };
  /** The panels shown beside the text, in order. */
  readonly panels: readonly LessonPanelId[];
  /** The run the `training` panel shows. */
  readonly training?: TrainingRunId;
}

/** One short step: a title, a few short paragraphs, what it sets up, and maybe a task. */
export interface LessonStep {
  /** Unique within its lesson. */
  readonly id: string;
  readonly title: Localized;
  /** Short paragraphs; `inline code` between backticks. */
  readonly body: readonly Localized[];
  /** Code shown as a block after the body (not translated). */
  readonly code?: string;
  readonly setup: StepSetup;
  readonly task?: LessonTask;
}

export interface Lesson {
  readonly id: LessonId;
  readonly title: Localized;
  /** One sentence for the lesson picker. */
  readonly summary: Localized;
  /** Settings every step starts from (over the app's defaults). */
  readonly base: Partial<Settings>;
  readonly steps: readonly LessonStep[];
}
