import type { CellKind } from '../../engine';

/**
 * How a row names its quantity: its symbol and what it is, in words or as PyTorch's equation.
 * Both use TeX-style subscripts (`h_{t−1}`), which MathText renders.
 */
export interface QuantityLabel {
  readonly symbol: string;
  readonly text: string;
}

const l = (symbol: string, text: string): QuantityLabel => ({ symbol, text });

const GIVEN: Record<string, QuantityLabel> = {
  x: l('x_t', 'input'),
  h_prev: l('h_{t−1}', 'previous hidden state'),
  c_prev: l('c_{t−1}', 'previous cell state'),
};

/** Row labels per cell, keyed by the trace's quantity names (PyTorch's equations). */
const LABELS: Record<CellKind, Record<string, QuantityLabel>> = {
  lstm: {
    pre_f: l('pre_f', 'W_if x_t + b_if + W_hf h_{t−1} + b_hf'),
    f: l('f_t', 'forget gate σ(pre_f)'),
    pre_i: l('pre_i', 'W_ii x_t + b_ii + W_hi h_{t−1} + b_hi'),
    i: l('i_t', 'input gate σ(pre_i)'),
    pre_g: l('pre_g', 'W_ig x_t + b_ig + W_hg h_{t−1} + b_hg'),
    g: l('g_t', 'candidate tanh(pre_g)'),
    pre_o: l('pre_o', 'W_io x_t + b_io + W_ho h_{t−1} + b_ho'),
    o: l('o_t', 'output gate σ(pre_o)'),
    c: l('c_t', 'cell state f ⊙ c_{t−1} + i ⊙ g'),
    tanh_c: l('tanh(c_t)', 'squashed cell state'),
    h: l('h_t', 'hidden state o ⊙ tanh(c_t)'),
  },
  gru: {
    pre_z: l('pre_z', 'W_iz x_t + b_iz + W_hz h_{t−1} + b_hz'),
    z: l('z_t', 'update gate σ(pre_z)'),
    pre_r: l('pre_r', 'W_ir x_t + b_ir + W_hr h_{t−1} + b_hr'),
    r: l('r_t', 'reset gate σ(pre_r)'),
    gi_n: l('gi_n', 'W_in x_t + b_in'),
    gh_n: l('gh_n', 'W_hn h_{t−1} + b_hn'),
    pre_n: l('pre_n', 'gi_n + r ⊙ gh_n'),
    n: l('n_t', 'candidate tanh(pre_n)'),
    h: l('h_t', 'hidden state (1 − z) ⊙ n + z ⊙ h_{t−1}'),
  },
  rnn: {
    pre_h: l('pre_h', 'W_ih x_t + b_ih + W_hh h_{t−1} + b_hh'),
    h: l('h_t', 'hidden state tanh(pre_h)'),
  },
};

/** The label of a quantity of a cell (or of a given: x, h_prev, c_prev). */
export function labelOf(cell: CellKind, quantity: string): QuantityLabel {
  return GIVEN[quantity] ?? LABELS[cell][quantity] ?? l(quantity, '');
}
