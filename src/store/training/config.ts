import type { CellKind, Task, TrainConfig } from '../../engine';
import type { Lang } from '../../i18n/lang';
import { trainingStoreMessages } from './messages';

/** Every setting of the training lab, as its controls show them. */
export interface TrainingConfig {
  readonly task: Task['id'];
  readonly cell: CellKind;
  /** H: units per layer. */
  readonly hiddenSize: number;
  /** L: stacked layers. */
  readonly numLayers: number;
  /** T: time steps per training sequence. */
  readonly seqLen: number;
  /** B: sequences per update. */
  readonly batchSize: number;
  /** torch.optim.SGD (with optional momentum) or torch.optim.Adam. */
  readonly optimizer: 'sgd' | 'adam';
  /** The learning rate lr. */
  readonly learningRate: number;
  /** SGD's momentum μ (0: plain SGD); Adam ignores it. */
  readonly momentum: number;
  /** Whether the global gradient norm is clipped (clip_grad_norm_). */
  readonly clip: boolean;
  /** The largest global gradient norm let through when clipping. */
  readonly clipNorm: number;
  /** Added to b_ih of the LSTM's forget gate or the GRU's update gate after init. */
  readonly gateBias: number;
  /** Multiplies W_hh after init. */
  readonly recurrentScale: number;
  /** Seed of the initial weights and of the training data. */
  readonly seed: number;
}

/**
 * The lab's starting point, the "LSTM, forget gate open" preset: the engine's training claims
 * (test/engine/train-claims.test.ts) are proved on exactly these settings.
 */
export const TRAINING_DEFAULTS: TrainingConfig = {
  task: 'remember',
  cell: 'lstm',
  hiddenSize: 16,
  numLayers: 1,
  seqLen: 30,
  batchSize: 32,
  optimizer: 'adam',
  learningRate: 0.01,
  momentum: 0.9,
  clip: false,
  clipNorm: 1,
  gateBias: 3,
  recurrentScale: 1,
  seed: 1,
};

/** The allowed range of each numeric setting (training runs in the browser: kept small). */
export const TRAINING_LIMITS = {
  hiddenSize: { min: 1, max: 64 },
  numLayers: { min: 1, max: 3 },
  seqLen: { min: 2, max: 100 },
  batchSize: { min: 1, max: 256 },
  learningRate: { min: 1e-6, max: 1e6 },
  momentum: { min: 0, max: 0.99 },
  clipNorm: { min: 1e-3, max: 1e3 },
  gateBias: { min: -10, max: 10 },
  recurrentScale: { min: 0, max: 8 },
  seed: { min: 0, max: 2 ** 32 - 1 },
} as const;

const WHOLE = new Set(['hiddenSize', 'numLayers', 'seqLen', 'batchSize', 'seed']);

/** Why a training config is refused, as data: a limited field out of range, or not whole. */
export interface TrainingConfigIssue {
  readonly kind: 'range' | 'whole';
  readonly key: keyof typeof TRAINING_LIMITS;
  readonly got: number;
}

/** What is wrong with a config, as data (`issueText` words it), or null. */
export function trainingConfigIssue(c: TrainingConfig): TrainingConfigIssue | null {
  for (const key of Object.keys(TRAINING_LIMITS) as (keyof typeof TRAINING_LIMITS)[]) {
    const got = c[key];
    const { min, max } = TRAINING_LIMITS[key];
    if (!Number.isFinite(got) || got < min || got > max) return { kind: 'range', key, got };
    if (WHOLE.has(key) && !Number.isInteger(got)) return { kind: 'whole', key, got };
  }
  return null;
}

/** A config issue in a language. */
export function issueText(issue: TrainingConfigIssue, lang: Lang): string {
  const m = trainingStoreMessages[lang];
  const { min, max } = TRAINING_LIMITS[issue.key];
  return issue.kind === 'range'
    ? m.rangeProblem(m[issue.key], min, max, String(issue.got))
    : m.wholeProblem(m[issue.key], String(issue.got));
}

/** What is wrong with a config, in a sentence for the user, or null. */
export function trainingConfigProblem(c: TrainingConfig, lang: Lang = 'en'): string | null {
  const issue = trainingConfigIssue(c);
  return issue && issueText(issue, lang);
}

/** The engine's TrainConfig for the lab's settings. */
export function toTrainConfig(c: TrainingConfig): TrainConfig {
  return {
    task: c.task,
    cell: c.cell,
    hiddenSize: c.hiddenSize,
    numLayers: c.numLayers,
    seqLen: c.seqLen,
    batchSize: c.batchSize,
    optimizer:
      c.optimizer === 'adam'
        ? { kind: 'adam', lr: c.learningRate }
        : { kind: 'sgd', lr: c.learningRate, momentum: c.momentum },
    clip: c.clip ? c.clipNorm : null,
    gateBias: c.gateBias,
    recurrentScale: c.recurrentScale,
    seed: c.seed,
  };
}
