import { SUBSTEPS, type Trace } from '../engine';
import type { Cursor } from './cursor';

/**
 * Where a row stands at the cursor: `given` (read by the step: x_t, h_{t−1}, c_{t−1}),
 * `done` (computed in an earlier sub-step), `current`, or `pending` (not computed yet).
 */
export type RowStatus = 'given' | 'done' | 'current' | 'pending';

/** One quantity at the cursor's time step: a row of the table. */
export interface StepRow {
  /** The trace's name for it (`f`, `pre_f`, …) or `x`, `h_prev`, `c_prev` for the givens. */
  readonly quantity: string;
  /** Its values, one per unit (per feature for x); null while pending. */
  readonly values: Float64Array | null;
}

/** The rows one sub-step computes (or, for id `given`, the values the step reads). */
export interface StepGroup {
  readonly id: string;
  readonly title: string;
  readonly status: RowStatus;
  readonly rows: readonly StepRow[];
}

/** Every value of one time step of one layer and batch row, grouped by sub-step. */
export interface StepTable {
  /** Columns needed: max(I, H) for layer 0. */
  readonly columns: number;
  readonly groups: readonly StepGroup[];
}

/** Row (t, b) of a (T, B, n) tensor: the n values at step t of batch row b. */
function at(a: Float64Array, t: number, b: number, B: number, n: number): Float64Array {
  return a.subarray((t * B + b) * n, (t * B + b + 1) * n);
}

/** The values of the cursor's time step, with those after the cursor's sub-step withheld. */
export function stepTable(trace: Trace, cursor: Cursor, layer = 0, batch = 0): StepTable {
  const { cell, hiddenSize: H, inputSize } = trace.config;
  const B = trace.batch;
  const { t, sub } = cursor;
  const q = trace.layers[layer];
  const I = layer === 0 ? inputSize : H;
  const x =
    layer === 0 ? at(trace.x, t, batch, B, I) : at(trace.layers[layer - 1].h, t, batch, B, H);
  // At t = 0 the previous state is the initial state, (L, B, H) indexed like (T, B, H).
  const prev = (name: 'h' | 'c', initial: Float64Array) =>
    t === 0 ? at(initial, layer, batch, B, H) : at(q[name], t - 1, batch, B, H);
  const given: StepRow[] = [
    { quantity: 'x', values: x },
    { quantity: 'h_prev', values: prev('h', trace.h0) },
  ];
  if (cell === 'lstm' && trace.c0) given.push({ quantity: 'c_prev', values: prev('c', trace.c0) });
  const groups: StepGroup[] = [{ id: 'given', title: 'inputs', status: 'given', rows: given }];
  SUBSTEPS[cell].forEach((step, k) => {
    const status: RowStatus = k < sub ? 'done' : k === sub ? 'current' : 'pending';
    const rows = step.computes.map((name) => ({
      quantity: name,
      values: status === 'pending' ? null : at(q[name], t, batch, B, H),
    }));
    groups.push({ id: step.id, title: step.title, status, rows });
  });
  return { columns: Math.max(I, H), groups };
}
