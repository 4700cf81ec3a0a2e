import { gradQuantities } from './cells';
import { transposeInto } from './dot';
import { KERNELS } from './kernels';
import type { BackState, CellKernel } from './kernels/kernel';
import type { LayerView } from './layer';
import { layerView } from './layer';
import { firstNonFiniteBackward } from './nonfinite';
import { l2norm, stepNorms } from './norms';
import { columnSums, matmulNT, matmulTN } from './matmul';
import { packedRowsDot, packRows, setVector } from './packed';
import { scratch } from './scratch';
import type { Gradients, LayerTrace, Model, Params, StateGradients, Trace } from './types';
import { FRESH, type Workspace } from './workspace';

/** The (T·B, H) matrix of states entering each step: h0, h_0, …, h_{T−2}. */
function previousStates(L: LayerView): Float64Array {
  const { T, B, H, h0 } = L;
  const out = scratch('prev', T * B * H);
  out.set(h0);
  out.set(L.q.h.subarray(0, (T - 1) * B * H), B * H);
  return out;
}

/** `to` with the values of `from`. */
function copyInto(from: Float64Array, to: Float64Array): Float64Array {
  to.set(from);
  return to;
}

/** Where backwardLayer writes, and whether it computes the weights' gradients. */
interface LayerOut {
  /** null: no weight gradients (see `stateGradients`). */
  readonly params: Params | null;
  readonly h0: Float64Array;
  readonly c0: Float64Array | undefined;
  readonly layer: LayerTrace;
}

/**
 * Backprop through one layer. gOut: (T, B, H) dL/dh_t from above; returns dL/du: (T, B, In),
 * or null when no one needs it (without weight gradients, at layer 0: dL/dx).
 */
function backwardLayer(
  kernel: CellKernel,
  L: LayerView,
  k: number,
  gOut: Float64Array,
  out: LayerOut,
  lstm: boolean,
  ws: Workspace,
): Float64Array | null {
  const { T, B, H, G, In } = L;
  const BH = B * H;
  const GH = G * H;
  // Working arrays that never leave this function are reused from run to run (see scratch.ts);
  // what the gradients keep (dh, dc, the parameter gradients, dL/du) comes from `ws`.
  const dA = scratch('dA', T * B * GH, true);
  const s: BackState = {
    dh: ws.take(`grad.${k}.h`, T * BH),
    dc: lstm ? ws.take(`grad.${k}.c`, T * BH) : null,
    dhNext: scratch('dhNext', BH, true),
    dcNext: lstm ? scratch('dcNext', BH, true) : null,
    dA,
    dB: kernel.separateRecurrentGrad ? scratch('dB', T * B * GH, true) : dA,
  };
  // W_hhᵀ, packed straight from W_hh.
  const UTp = packRows(L.U, 1, H, GH, 'UTp', true);
  const viaU = scratch('viaU', H);
  for (let t = T - 1; t >= 0; t--) {
    // dL/dh_t = (from the output or the layer above) + (from step t + 1)
    for (let j = 0; j < BH; j++) s.dh[t * BH + j] = gOut[t * BH + j] + s.dhNext[j];
    kernel.backStep(L, t, s);
    // h_{t−1} feeds every gate through W_hh: dL/dh_{t−1} += W_hhᵀ dB_t
    for (let b = 0; b < B; b++) {
      setVector(UTp, s.dB, (t * B + b) * GH);
      packedRowsDot(UTp, 0, H, viaU, 0);
      for (let j = 0; j < H; j++) s.dhNext[b * H + j] += viaU[j];
    }
  }
  out.h0.set(s.dhNext, k * BH);
  if (out.c0 && s.dcNext) out.c0.set(s.dcNext, k * BH);

  // u_t feeds every gate through W_ih: dL/du_t = W_ihᵀ dA_t
  let du: Float64Array | null = null;
  if (out.params !== null || k > 0) {
    const WT = transposeInto(L.W, GH, In, scratch('WT', GH * In));
    du = ws.take(`grad.${k}.du`, T * B * In);
    matmulNT(dA, WT, T * B, In, GH, du);
  }
  if (out.params !== null) weightGradients(L, k, s, out.params, ws);
  recordStates(kernel, L, s, out.layer, ws, k);
  return du;
}

/** dL/dW_ih, dL/dW_hh and the biases' gradients of layer k, from its pre-activation gradients. */
function weightGradients(L: LayerView, k: number, s: BackState, params: Params, ws: Workspace) {
  const { T, B, H, G, In } = L;
  const GH = G * H;
  const { dA, dB } = s;
  // dW = Σ_{t,b} d_t ⊗ v_t, each entry one sum over time and batch.
  const TB = T * B;
  const named = (name: string, n: number) => ws.take(`grad.${name}_l${k}`, n);
  const dWih = named('weight_ih', GH * In);
  matmulTN(dA, L.u, GH, In, TB, dWih);
  params[`weight_ih_l${k}`] = dWih;
  const dWhh = named('weight_hh', GH * H);
  matmulTN(dB, previousStates(L), GH, H, TB, dWhh);
  params[`weight_hh_l${k}`] = dWhh;
  if (L.bi !== null) {
    const dbi = columnSums(dA, GH, TB, named('bias_ih', GH));
    params[`bias_ih_l${k}`] = dbi;
    // Without a separate recurrent gradient (LSTM, RNN) both biases get the same sums.
    const dbh = named('bias_hh', GH);
    params[`bias_hh_l${k}`] = dB === dA ? copyInto(dbi, dbh) : columnSums(dB, GH, TB, dbh);
  }
}

/** Keeps layer k's per-step gradients: dL/dh_t, dL/dc_t and each gate's pre-activation's. */
function recordStates(
  kernel: CellKernel,
  L: LayerView,
  s: BackState,
  layer: LayerTrace,
  ws: Workspace,
  k: number,
) {
  const { T, B, H, G } = L;
  const GH = G * H;
  const TB = T * B;
  layer.h = s.dh;
  if (s.dc) layer.c = s.dc;
  for (const src of kernel.gradSources) {
    const from = src.from === 'dA' ? s.dA : s.dB;
    const rec = ws.take(`grad.${k}.${src.name}`, TB * H);
    // Plain loops: a subarray per row costs an allocation each (slow in Chromium).
    for (let tb = 0; tb < TB; tb++) {
      const from0 = tb * GH + src.q * H;
      for (let j = 0; j < H; j++) rec[tb * H + j] = from[from0 + j];
    }
    layer[src.name] = rec;
  }
}

/** Backprop through every layer, from the top down; `params` null: no weight gradients. */
function backwardLayers(
  model: Model,
  trace: Trace,
  dOutput: Float64Array,
  ws: Workspace,
  params: Params | null,
): { states: StateGradients; x: Float64Array | null } {
  const { cell, hiddenSize: H, numLayers: NL } = model.config;
  const { seqLen: T, batch: B } = trace;
  if (dOutput.length !== T * B * H) {
    throw new RangeError(`dL/doutput has ${dOutput.length} values; expected ${T * B * H}`);
  }
  const kernel = KERNELS[cell];
  const lstm = cell === 'lstm';
  const views = trace.layers.map((q, k) => {
    const u = k === 0 ? trace.x : trace.layers[k - 1].h;
    return layerView(model, k, u, T, B, trace.h0, trace.c0, q, ws);
  });
  const h0 = ws.take('grad.h0', NL * B * H);
  const c0 = lstm ? ws.take('grad.c0', NL * B * H) : undefined;
  const layers: LayerTrace[] = Array.from({ length: NL }, () => ({}));
  let g = dOutput;
  let x: Float64Array | null = null;
  for (let k = NL - 1; k >= 0; k--) {
    const out = { params, h0, c0, layer: layers[k] };
    const du = backwardLayer(kernel, views[k], k, g, out, lstm, ws);
    if (k === 0) x = du;
    else if (du) g = du;
  }
  const top = layers[NL - 1];
  const states: StateGradients = {
    h0,
    c0,
    layers,
    norms: {
      h: stepNorms(top.h, T, B * H),
      c: lstm ? stepNorms(top.c, T, B * H) : undefined,
      h0: l2norm(h0, 0, h0.length),
      c0: c0 ? l2norm(c0, 0, c0.length) : undefined,
    },
    nonFinite: firstNonFiniteBackward({ T, B, H }, layers, gradQuantities(cell)),
  };
  return { states, x };
}

/**
 * Backprop through time over a finished trace, for any dL/d(output) (T, B, H): gradients of
 * every parameter, x, h0, c0, and every layer's per-step total dL/dh_t (and dL/dc_t). With a
 * workspace the gradients live in its memory, valid until the next backward pass with it.
 */
export function backward(
  model: Model,
  trace: Trace,
  dOutput: Float64Array,
  ws: Workspace = FRESH,
): Gradients {
  const params: Params = {};
  const { states, x } = backwardLayers(model, trace, dOutput, ws, params);
  // With the weights' gradients, every layer's dL/du is computed: x is never null here.
  return { params, x: x ?? new Float64Array(0), ...states };
}

/**
 * `backward` without the weights' and the input's gradients: the states' gradients at every
 * step (the same bits as backward's), for a view that shows only those. It skips the products
 * that sum over time (dL/dW_ih, dL/dW_hh and dL/dx): about a third of BPTT's arithmetic.
 */
export function stateGradients(
  model: Model,
  trace: Trace,
  dOutput: Float64Array,
  ws: Workspace = FRESH,
): StateGradients {
  return backwardLayers(model, trace, dOutput, ws, null).states;
}
