import { exp, log } from '../libm';
/**
 * Losses on the readout's outputs, with PyTorch's reductions: the mean over every scored
 * element (`nn.MSELoss()`) or over every scored row (`nn.CrossEntropyLoss()`).
 */

/** A loss value, dL/dy for the outputs (N, O), and how many rows were right (classification). */
export interface ObjectiveResult {
  readonly loss: number;
  readonly dy: Float64Array;
  /** Rows whose prediction counts as correct, for the accuracy; undefined where none applies. */
  readonly correct?: number;
}

/** nn.MSELoss(): L = mean over N·O of (y − target)². */
export function mse(y: Float64Array, target: Float64Array): ObjectiveResult {
  const n = y.length;
  const dy = new Float64Array(n);
  let loss = 0;
  for (let k = 0; k < n; k++) {
    const d = y[k] - target[k];
    loss += d * d;
    dy[k] = (2 * d) / n;
  }
  return { loss: loss / n, dy };
}

/**
 * nn.CrossEntropyLoss(): L = mean over the N rows of −log softmax(y_n)[label_n], with the
 * log-sum-exp shifted by the row's maximum. `correct` counts rows whose arg max is the label.
 */
export function softmaxCrossEntropy(
  y: Float64Array,
  labels: Int32Array,
  O: number,
): ObjectiveResult {
  const N = labels.length;
  const dy = new Float64Array(N * O);
  let loss = 0;
  let correct = 0;
  for (let n = 0; n < N; n++) {
    let max = -Infinity;
    let best = 0;
    for (let o = 0; o < O; o++) {
      if (y[n * O + o] > max) {
        max = y[n * O + o];
        best = o;
      }
    }
    let sum = 0;
    for (let o = 0; o < O; o++) sum += exp(y[n * O + o] - max);
    const logZ = max + log(sum);
    loss += logZ - y[n * O + labels[n]];
    for (let o = 0; o < O; o++) {
      const p = exp(y[n * O + o] - logZ);
      dy[n * O + o] = (p - (o === labels[n] ? 1 : 0)) / N;
    }
    if (best === labels[n]) correct++;
  }
  return { loss: loss / N, dy, correct };
}
