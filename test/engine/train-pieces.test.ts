import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine';
import {
  TASKS,
  clipGradNorm,
  globalNorm,
  initReadout,
  mse,
  readoutBackward,
  readoutForward,
  softmaxCrossEntropy,
} from '../../src/engine/train';

describe('objectives', () => {
  it('mse is the mean of squared errors with gradient 2(y − t)/n: by hand', () => {
    const r = mse(Float64Array.of(1, 2, 4), Float64Array.of(0, 2, 2));
    expect(r.loss).toBeCloseTo((1 + 0 + 4) / 3, 15);
    expect(Array.from(r.dy)).toEqual([2 / 3, 0, 4 / 3]);
  });

  it('softmaxCrossEntropy: −log softmax at the label, mean over rows, (p − onehot)/N', () => {
    // Row 0: logits (0, ln 3) → p = (1/4, 3/4), label 1: −log(3/4). Row 1: (0, 0), label 0: log 2.
    const r = softmaxCrossEntropy(Float64Array.of(0, Math.log(3), 0, 0), Int32Array.of(1, 0), 2);
    expect(r.loss).toBeCloseTo((-Math.log(0.75) + Math.log(2)) / 2, 14);
    expect(Array.from(r.dy).map((v) => +v.toFixed(14))).toEqual([0.125, -0.125, -0.25, 0.25]);
    expect(r.correct).toBe(2);
    // Huge logits stay finite thanks to the shift by the row maximum.
    expect(
      Number.isFinite(softmaxCrossEntropy(Float64Array.of(1000, -1000), Int32Array.of(1), 2).loss),
    ).toBe(true);
  });
});

describe('readout (nn.Linear)', () => {
  it('forward is W h + b and backward matches central finite differences', () => {
    const rng = createRng(3);
    const r = initReadout(4, 3, rng);
    const h = Float64Array.from({ length: 8 }, () => rng.normal());
    const dy = Float64Array.from({ length: 6 }, () => rng.normal());
    const L = () => readoutForward(r, h, 2).reduce((a, v, k) => a + v * dy[k], 0);
    const grads = { dW: new Float64Array(12), db: new Float64Array(3) };
    const dh = new Float64Array(8);
    readoutBackward(r, h, 0, dy, 2, grads, dh, 0);
    const fd = (a: Float64Array, k: number) => {
      const keep = a[k];
      a[k] = keep + 1e-6;
      const up = L();
      a[k] = keep - 1e-6;
      const down = L();
      a[k] = keep;
      return (up - down) / 2e-6;
    };
    grads.dW.forEach((g, k) => expect(g).toBeCloseTo(fd(r.weight, k), 7));
    grads.db.forEach((g, k) => expect(g).toBeCloseTo(fd(r.bias, k), 7));
    dh.forEach((g, k) => expect(g).toBeCloseTo(fd(h, k), 7));
    expect(Math.max(...r.weight.map(Math.abs))).toBeLessThanOrEqual(0.5);
  });
});

describe('clipGradNorm', () => {
  it('scales by maxNorm / (‖g‖ + 1e-6) only when the global norm exceeds maxNorm', () => {
    const g = { a: Float64Array.of(3), b: Float64Array.of(0, 4) };
    expect(globalNorm(g)).toBe(5);
    expect(clipGradNorm(g, 10)).toEqual({ norm: 5, clipped: false });
    expect(Array.from(g.b)).toEqual([0, 4]);
    expect(clipGradNorm(g, 1)).toEqual({ norm: 5, clipped: true });
    expect(g.a[0]).toBeCloseTo(3 / (5 + 1e-6), 15);
    expect(g.b[1]).toBeCloseTo(4 / (5 + 1e-6), 15);
  });
});

describe('tasks', () => {
  for (const task of Object.values(TASKS)) {
    it(`${task.id}: shapes, same seed same batch, other seed other batch`, () => {
      const a = task.sample(5, 12, createRng(1));
      const b = task.sample(5, 12, createRng(1));
      expect(a.x).toHaveLength(12 * 5 * task.inputSize);
      expect(Array.from(a.x)).toEqual(Array.from(b.x));
      expect(Array.from(task.sample(5, 12, createRng(2)).x)).not.toEqual(Array.from(a.x));
      const N = task.scored === 'last' ? 5 : 60;
      if (task.objective === 'ce') {
        expect(a.labels).toHaveLength(N);
        expect(a.labels!.every((l) => l >= 0 && l < task.outputs)).toBe(true);
      } else {
        expect(a.values).toHaveLength(N * task.outputs);
      }
    });
  }

  it('remember: the answer is the sign at t = 0, marked on channel 1; later steps are N(0, 1) noise', () => {
    const B = 64;
    const s = TASKS.remember.sample(B, 30, createRng(4));
    let noiseSq = 0;
    for (let b = 0; b < B; b++) {
      expect(s.labels![b]).toBe(s.x[b * 2] > 0 ? 1 : 0);
      expect(Math.abs(s.x[b * 2])).toBe(1);
      expect(s.x[b * 2 + 1]).toBe(1);
      for (let t = 1; t < 30; t++) {
        expect(s.x[(t * B + b) * 2 + 1]).toBe(0);
        noiseSq += s.x[(t * B + b) * 2] ** 2;
      }
    }
    expect(noiseSq / (B * 29)).toBeGreaterThan(0.8);
    expect(new Set(s.labels).size).toBe(2);
  });

  it('adding: exactly two marked steps, one in each half; the target is their sum', () => {
    const B = 32;
    const T = 20;
    const s = TASKS.adding.sample(B, T, createRng(5));
    for (let b = 0; b < B; b++) {
      const marked = [];
      for (let t = 0; t < T; t++) if (s.x[(t * B + b) * 2 + 1] === 1) marked.push(t);
      expect(marked).toHaveLength(2);
      expect(marked[0]).toBeLessThan(10);
      expect(marked[1]).toBeGreaterThanOrEqual(10);
      const sum = marked.reduce((a, t) => a + s.x[(t * B + b) * 2], 0);
      expect(s.values![b]).toBeCloseTo(sum, 15);
    }
  });

  it('sine: the target at t is the input at t + 1 without its noise (|Δ| small)', () => {
    const s = TASKS.sine.sample(8, 30, createRng(6));
    let sq = 0;
    for (let t = 0; t + 1 < 30; t++) {
      for (let b = 0; b < 8; b++) sq += (s.values![t * 8 + b] - s.x[(t + 1) * 8 + b]) ** 2;
    }
    expect(Math.sqrt(sq / (29 * 8))).toBeLessThan(0.15); // the noise is N(0, 0.1²)
  });

  it('next character: the label at t is the one-hot input at t + 1', () => {
    const task = TASKS['chars-zh'];
    const V = task.inputSize;
    const s = task.sample(3, 10, createRng(7));
    for (let t = 0; t + 1 < 10; t++) {
      for (let b = 0; b < 3; b++) expect(s.x[((t + 1) * 3 + b) * V + s.labels![t * 3 + b]]).toBe(1);
    }
  });
});
