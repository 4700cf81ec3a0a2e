import { GATES, SUBSTEPS, type Model, type Trace } from '../engine';
import type { Cursor } from './cursor';

/** One product W[r, k] · v[k] of a weighted sum. */
export interface Term {
  /** k: the column (input feature or unit). */
  readonly k: number;
  readonly weight: number;
  readonly input: number;
  /** weight · input. */
  readonly product: number;
}

/**
 * One half of a pre-activation for unit j, term by term: Σ_k W[r, k] v[k] + b[r] with
 * r = q·H + j, the row of gate block q (PyTorch's order: LSTM i, f, g, o; GRU r, z, n).
 */
export interface AffineHalf {
  /** 'ih': weight_ih times the layer's input x_t; 'hh': weight_hh times h_{t−1}. */
  readonly source: 'ih' | 'hh';
  /** The gate's letter in PyTorch's names (`f` in W_if, W_hf); `''` for the RNN's W_ih, W_hh. */
  readonly gate: string;
  /** r = q·H + j: the row of the weight matrix and the bias entry. */
  readonly row: number;
  readonly terms: readonly Term[];
  /** Σ_k W[r, k] v[k], summed in k order. */
  readonly sum: number;
  /** b[r], or null when the model has no bias. */
  readonly bias: number | null;
  /** sum + bias. */
  readonly total: number;
}

/** The current sub-step's equation for one unit, with every number filled in from the trace. */
export type Formula =
  /** value = act(ih + hh): an LSTM gate or candidate, a GRU gate, the RNN's new state. */
  | {
      readonly kind: 'affine';
      /** The trace quantity computed: `f`, `i`, `g`, `o`, `z`, `r` or `h`. */
      readonly quantity: string;
      readonly activation: 'sigmoid' | 'tanh';
      readonly ih: AffineHalf;
      readonly hh: AffineHalf;
      /** The trace's pre-activation (≈ ih.total + hh.total, to rounding). */
      readonly pre: number;
      /** The trace's activation: exactly act(pre). */
      readonly value: number;
    }
  /** n = tanh(gi_n + r ⊙ gh_n), gi_n = W_in x + b_in, gh_n = W_hn h_{t−1} + b_hn. */
  | {
      readonly kind: 'gruCandidate';
      readonly ih: AffineHalf;
      readonly hh: AffineHalf;
      readonly gi: number;
      readonly gh: number;
      readonly r: number;
      /** r ⊙ gh_n. */
      readonly rgh: number;
      /** gi + rgh. */
      readonly pre: number;
      readonly value: number;
    }
  /** c_t = f ⊙ c_{t−1} + i ⊙ g. */
  | {
      readonly kind: 'lstmCell';
      readonly f: number;
      readonly cPrev: number;
      readonly i: number;
      readonly g: number;
      /** f ⊙ c_{t−1}: what the cell keeps. */
      readonly kept: number;
      /** i ⊙ g: what it writes. */
      readonly written: number;
      /** kept + written. */
      readonly value: number;
    }
  /** h_t = o ⊙ tanh(c_t). */
  | {
      readonly kind: 'lstmHidden';
      readonly o: number;
      readonly c: number;
      readonly tanhC: number;
      readonly value: number;
    }
  /** h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}. */
  | {
      readonly kind: 'gruState';
      readonly z: number;
      readonly n: number;
      readonly hPrev: number;
      /** (1 − z) ⊙ n: the share of the candidate. */
      readonly fromN: number;
      /** z ⊙ h_{t−1}: the share of the old state. */
      readonly fromH: number;
      /** fromN + fromH. */
      readonly value: number;
    };

/** Which layer, batch row and unit the formula is about. */
export interface FormulaView {
  readonly layer: number;
  readonly sample: number;
  /** j: the unit, 0 … H − 1. */
  readonly unit: number;
}

/** The step's inputs for one layer and batch row: u = x_t (or the layer below's h_t), h_{t−1}, c_{t−1}. */
function inputsAt(trace: Trace, t: number, layer: number, b: number) {
  const { hiddenSize: H, inputSize } = trace.config;
  const B = trace.batch;
  const In = layer === 0 ? inputSize : H;
  const row = (a: Float64Array, i: number, n: number) =>
    a.subarray((i * B + b) * n, (i * B + b + 1) * n);
  const q = trace.layers[layer];
  const u = layer === 0 ? row(trace.x, t, In) : row(trace.layers[layer - 1].h, t, H);
  // At t = 0 the previous state is the initial state, (L, B, H) indexed like (T, B, H).
  const prev = (name: 'h' | 'c', init: Float64Array) =>
    t > 0 ? row(q[name], t - 1, H) : row(init, layer, H);
  const cPrev = trace.c0 ? prev('c', trace.c0) : null;
  return { u, hPrev: prev('h', trace.h0), cPrev };
}

/** Σ_k W[r, k] v[k] + b[r], term by term, for row r of a (G·H, n) weight matrix. */
function affineHalf(
  model: Model,
  layer: number,
  source: 'ih' | 'hh',
  gate: string,
  row: number,
  v: Float64Array,
): AffineHalf {
  const W = model.params[`weight_${source}_l${layer}`];
  const n = v.length;
  const terms: Term[] = [];
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const weight = W[row * n + k];
    const product = weight * v[k];
    terms.push({ k, weight, input: v[k], product });
    sum += product;
  }
  const b = model.config.bias ? model.params[`bias_${source}_l${layer}`] : undefined;
  const bias = b ? b[row] : null;
  return { source, gate, row, terms, sum, bias, total: bias === null ? sum : sum + bias };
}

/** The equation of sub-step `sub` at time step t for one unit, every number from the trace and params. */
export function formulaAt(model: Model, trace: Trace, cursor: Cursor, view: FormulaView): Formula {
  const { cell, hiddenSize: H } = trace.config;
  const { t, sub } = cursor;
  const { layer, sample: b, unit: j } = view;
  const q = trace.layers[layer];
  const at = (name: string) => q[name][(t * trace.batch + b) * H + j];
  const { u, hPrev, cPrev } = inputsAt(trace, t, layer, b);
  const halves = (quantity: string) => {
    const gate = cell === 'rnn' ? '' : quantity;
    const row = GATES[cell].indexOf(quantity) * H + j;
    return {
      ih: affineHalf(model, layer, 'ih', gate, row, u),
      hh: affineHalf(model, layer, 'hh', gate, row, hPrev),
    };
  };
  const step = SUBSTEPS[cell][sub].id;
  if (cell === 'lstm' && step === 'cell') {
    const [f, c, i, g] = [at('f'), cPrev?.[j] ?? NaN, at('i'), at('g')];
    const [kept, written] = [f * c, i * g];
    return { kind: 'lstmCell', f, cPrev: c, i, g, kept, written, value: at('c') };
  }
  if (cell === 'lstm' && step === 'hidden') {
    return { kind: 'lstmHidden', o: at('o'), c: at('c'), tanhC: at('tanh_c'), value: at('h') };
  }
  if (cell === 'gru' && step === 'state') {
    const [z, n, h] = [at('z'), at('n'), hPrev[j]];
    return { kind: 'gruState', z, n, hPrev: h, fromN: (1 - z) * n, fromH: z * h, value: at('h') };
  }
  if (cell === 'gru' && step === 'candidate') {
    const { ih, hh } = halves('n');
    const [gi, gh, r] = [at('gi_n'), at('gh_n'), at('r')];
    return {
      kind: 'gruCandidate',
      ih,
      hh,
      gi,
      gh,
      r,
      rgh: r * gh,
      pre: at('pre_n'),
      value: at('n'),
    };
  }
  // A gate (or the RNN's update): the quantity the sub-step computes after its pre-activation.
  const [preName, quantity] = SUBSTEPS[cell][sub].computes;
  const activation = quantity === 'g' || cell === 'rnn' ? 'tanh' : 'sigmoid';
  return {
    kind: 'affine',
    quantity,
    activation,
    ...halves(quantity),
    pre: at(preName),
    value: at(quantity),
  };
}
