import type { CellKind, RunInput } from '../engine';

/** What a fresh widget shows before anyone changes a setting. */
export const DEFAULTS = {
  cell: 'lstm' as CellKind,
  hiddenSize: 4,
  seed: 1,
  seqLen: 12,
};

/**
 * x_t = sin(2π t / T) rounded to 4 decimals, t = 0 … T − 1: one period of a sine wave, I = 1,
 * B = 1. Rounded because `Math.sin` differs in the last bit between JavaScript engines (Node 20
 * and Chromium 156 disagree), and every student must see the same run.
 */
export function sineInput(seqLen: number): RunInput {
  const x = new Float64Array(seqLen);
  for (let t = 0; t < seqLen; t++)
    x[t] = Math.round(1e4 * Math.sin((2 * Math.PI * t) / seqLen)) / 1e4;
  return { seqLen, batch: 1, x };
}
