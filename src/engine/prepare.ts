import { cellQuantities } from './cells';
import type { LayerView } from './layer';
import { layerView } from './layer';
import type { LayerTrace, Model, RunInput } from './types';
import { FRESH, type Workspace } from './workspace';

/** A run's storage, allocated once: every trace array, and a view of each layer over them. */
export interface PreparedRun {
  readonly x: Float64Array;
  readonly h0: Float64Array;
  readonly c0: Float64Array | undefined;
  readonly layers: LayerTrace[];
  readonly views: LayerView[];
}

function checkLength(name: string, a: Float64Array | undefined, n: number, shape: string): void {
  if (a !== undefined && a.length !== n) {
    throw new RangeError(`${name} has ${a.length} values; expected ${n} for shape ${shape}`);
  }
}

/**
 * Validates the sizes of `input` against `model` and allocates the trace of a run (from `ws`:
 * every trace array is written in full by the run, so reused ones need no clearing).
 */
export function prepareRun(model: Model, input: RunInput, ws: Workspace = FRESH): PreparedRun {
  const { cell, inputSize: I, hiddenSize: H, numLayers: L } = model.config;
  const { seqLen: T, batch: B } = input;
  if (!Number.isInteger(T) || T < 1) throw new RangeError(`seqLen must be ≥ 1, got ${T}`);
  if (!Number.isInteger(B) || B < 1) throw new RangeError(`batch must be ≥ 1, got ${B}`);
  checkLength('x', input.x, T * B * I, `(${T}, ${B}, ${I})`);
  checkLength('h0', input.h0, L * B * H, `(${L}, ${B}, ${H})`);
  if (cell !== 'lstm' && input.c0 !== undefined) throw new RangeError('c0 is only for an LSTM');
  checkLength('c0', input.c0, L * B * H, `(${L}, ${B}, ${H})`);

  const h0 = input.h0 ?? new Float64Array(L * B * H);
  const c0 = cell === 'lstm' ? (input.c0 ?? new Float64Array(L * B * H)) : undefined;
  const layers: LayerTrace[] = [];
  const views: LayerView[] = [];
  for (let k = 0; k < L; k++) {
    const q: LayerTrace = {};
    for (const name of cellQuantities(cell)) q[name] = ws.take(`trace.${k}.${name}`, T * B * H);
    const u = k === 0 ? input.x : layers[k - 1].h;
    layers.push(q);
    views.push(layerView(model, k, u, T, B, h0, c0, q, ws));
  }
  return { x: input.x, h0, c0, layers, views };
}
