import type { Trace } from './types';

/** A loss value and its gradient with respect to the output sequence, dL/doutput: (T, B, H). */
export interface LossResult {
  readonly value: number;
  readonly dOutput: Float64Array;
}

/** L_sum = Σ_{t,b,j} output[t,b,j] · Wout[t,b,j]; every step gets dL/doutput = Wout. */
export function lossSum(trace: Trace, Wout: Float64Array): LossResult {
  const out = trace.output;
  if (Wout.length !== out.length) {
    throw new RangeError(`Wout has ${Wout.length} values; expected ${out.length}`);
  }
  let value = 0;
  for (let k = 0; k < out.length; k++) value += out[k] * Wout[k];
  return { value, dOutput: Float64Array.from(Wout) };
}

/** L_last = ½ Σ_{b,j} (output[T−1,b,j] − target[b,j])²; only the last step gets a gradient. */
export function lossLast(trace: Trace, target: Float64Array): LossResult {
  const out = trace.output;
  const BH = trace.batch * trace.config.hiddenSize;
  if (target.length !== BH) {
    throw new RangeError(`target has ${target.length} values; expected ${BH}`);
  }
  const dOutput = new Float64Array(out.length);
  const last = (trace.seqLen - 1) * BH;
  let value = 0;
  for (let k = 0; k < BH; k++) {
    const d = out[last + k] - target[k];
    dOutput[last + k] = d;
    value += 0.5 * d * d;
  }
  return { value, dOutput };
}
