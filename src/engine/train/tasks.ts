import { oneHotText } from '../sequences';
import type { Rng } from '../rng';
import { sin } from '../trig';

/** One batch of a task: inputs x (T, B, I) and what the readout must produce. */
export interface TaskBatch {
  readonly x: Float64Array;
  readonly seqLen: number;
  readonly batch: number;
  /** Regression targets (N, O), N = scored rows (B, or T·B for every step, t-major). */
  readonly values?: Float64Array;
  /** Class labels (N). */
  readonly labels?: Int32Array;
}

/** A toy sequence task: a seeded generator and how the readout is scored. */
export interface Task {
  readonly id: 'remember' | 'adding' | 'sine' | 'chars-en' | 'chars-zh';
  /** I: input features. */
  readonly inputSize: number;
  /** O: readout outputs. */
  readonly outputs: number;
  /** MSE on values, or softmax cross-entropy on labels. */
  readonly objective: 'mse' | 'ce';
  /** Whether only the last step is scored, or every step. */
  readonly scored: 'last' | 'every';
  /** The default sequence length. */
  readonly seqLen: number;
  /** A fresh batch of B sequences of length T from `rng`. */
  sample(B: number, T: number, rng: Rng): TaskBatch;
  /** For MSE tasks with a notion of "right": whether prediction y is close enough to target. */
  isCorrect?(y: number, target: number): boolean;
}

/**
 * Remember the first value: channel 0 holds a sign s = ±1 at t = 0, then standard-normal
 * distractors; channel 1 marks t = 0. The answer — s, as class 1 for +1 and 0 for −1 — is asked
 * at the last step. The distractors share the channel, so simply latching channel 0 fails.
 */
export const remember: Task = {
  id: 'remember',
  inputSize: 2,
  outputs: 2,
  objective: 'ce',
  scored: 'last',
  seqLen: 30,
  sample(B, T, rng) {
    const x = new Float64Array(T * B * 2);
    const labels = new Int32Array(B);
    for (let b = 0; b < B; b++) {
      const positive = rng.next() < 0.5;
      labels[b] = positive ? 1 : 0;
      x[b * 2] = positive ? 1 : -1;
      x[b * 2 + 1] = 1;
    }
    for (let t = 1; t < T; t++) for (let b = 0; b < B; b++) x[(t * B + b) * 2] = rng.normal();
    return { x, seqLen: T, batch: B, labels };
  },
};

/**
 * The adding problem (Hochreiter & Schmidhuber 1997): channel 0 holds U(0, 1) values, channel 1
 * marks one step in the first half and one in the second; the target at the last step is the
 * sum of the two marked values. A prediction within 0.04 counts as right.
 */
export const adding: Task = {
  id: 'adding',
  inputSize: 2,
  outputs: 1,
  objective: 'mse',
  scored: 'last',
  seqLen: 30,
  sample(B, T, rng) {
    const x = new Float64Array(T * B * 2);
    const values = new Float64Array(B);
    for (let b = 0; b < B; b++) {
      for (let t = 0; t < T; t++) x[(t * B + b) * 2] = rng.next();
      const half = Math.max(1, Math.floor(T / 2));
      const first = Math.floor(rng.next() * half);
      const second = Math.min(T - 1, half + Math.floor(rng.next() * (T - half)));
      for (const t of first === second ? [first] : [first, second]) {
        x[(t * B + b) * 2 + 1] = 1;
        values[b] += x[(t * B + b) * 2];
      }
    }
    return { x, seqLen: T, batch: B, values };
  },
  isCorrect: (y, target) => Math.abs(y - target) < 0.04,
};

/**
 * Next value of a sine: x_t = sin(ω t + φ) + N(0, 0.1²) with ω ~ U(0.2, 0.6), φ ~ U(0, 2π) per
 * sequence; the target at every step is the clean next value sin(ω (t + 1) + φ).
 */
export const sine: Task = {
  id: 'sine',
  inputSize: 1,
  outputs: 1,
  objective: 'mse',
  scored: 'every',
  seqLen: 30,
  sample(B, T, rng) {
    const x = new Float64Array(T * B);
    const values = new Float64Array(T * B);
    for (let b = 0; b < B; b++) {
      const w = rng.uniform(0.2, 0.6);
      const phi = rng.uniform(0, 2 * Math.PI);
      for (let t = 0; t < T; t++) {
        x[t * B + b] = sin(w * t + phi) + 0.1 * rng.normal();
        values[t * B + b] = sin(w * (t + 1) + phi);
      }
    }
    return { x, seqLen: T, batch: B, values };
  },
};

/** Texts for the next-character tasks. */
export const TRAINING_TEXTS = {
  en: 'the cat sat on the mat. the dog sat on the log. the cat saw the dog. ',
  zh: '今天天气很好，但是我不想出门。我想在家看书，但是书不见了。',
} as const;

/** Next character: one-hot characters in, a softmax over the vocabulary out, at every step. */
function nextCharacter(id: 'chars-en' | 'chars-zh', text: string): Task {
  const { vocabulary, x: oneHot, seqLen: n } = oneHotText(text);
  const V = (vocabulary as readonly string[]).length;
  const codes = new Int32Array(n);
  for (let t = 0; t < n; t++) for (let k = 0; k < V; k++) if (oneHot[t * V + k] === 1) codes[t] = k;
  return {
    id,
    inputSize: V,
    outputs: V,
    objective: 'ce',
    scored: 'every',
    seqLen: 20,
    sample(B, T, rng) {
      // Windows of the text read cyclically, each from a random start.
      const x = new Float64Array(T * B * V);
      const labels = new Int32Array(T * B);
      for (let b = 0; b < B; b++) {
        const start = Math.floor(rng.next() * n);
        for (let t = 0; t < T; t++) {
          x[(t * B + b) * V + codes[(start + t) % n]] = 1;
          labels[t * B + b] = codes[(start + t + 1) % n];
        }
      }
      return { x, seqLen: T, batch: B, labels };
    },
  };
}

/** Every task, by id. */
export const TASKS: Record<Task['id'], Task> = {
  remember,
  adding,
  sine,
  'chars-en': nextCharacter('chars-en', TRAINING_TEXTS.en),
  'chars-zh': nextCharacter('chars-zh', TRAINING_TEXTS.zh),
};
