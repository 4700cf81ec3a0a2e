import type { CellKind } from '../../engine';
import { termMessages, type Lang, type TermKey } from '../../i18n';
import { stepTableMessages } from './messages';

/**
 * How a row names its quantity: its symbol and what it is, in words or as PyTorch's equation.
 * Both use TeX-style subscripts (`h_{t−1}`), which MathText renders.
 */
export interface QuantityLabel {
  readonly symbol: string;
  readonly text: string;
}

/** A row's name before its words: a term, the step table's own word, or none (an equation). */
type Name = TermKey | 'squashedCellState' | null;

/** How a row is named, in any language: its symbol, what it is and PyTorch's equation. */
interface LabelSpec {
  readonly symbol: string;
  readonly name: Name;
  readonly formula: string;
}

const l = (symbol: string, name: Name, formula = ''): LabelSpec => ({ symbol, name, formula });

const GIVEN: Record<string, LabelSpec> = {
  x: l('x_t', 'input'),
  h_prev: l('h_{t−1}', 'previousHiddenState'),
  c_prev: l('c_{t−1}', 'previousCellState'),
};

/** Row labels per cell, keyed by the trace's quantity names (PyTorch's equations). */
const LABELS: Record<CellKind, Record<string, LabelSpec>> = {
  lstm: {
    pre_f: l('pre_f', null, 'W_if x_t + b_if + W_hf h_{t−1} + b_hf'),
    f: l('f_t', 'forgetGate', 'σ(pre_f)'),
    pre_i: l('pre_i', null, 'W_ii x_t + b_ii + W_hi h_{t−1} + b_hi'),
    i: l('i_t', 'inputGate', 'σ(pre_i)'),
    pre_g: l('pre_g', null, 'W_ig x_t + b_ig + W_hg h_{t−1} + b_hg'),
    g: l('g_t', 'candidate', 'tanh(pre_g)'),
    pre_o: l('pre_o', null, 'W_io x_t + b_io + W_ho h_{t−1} + b_ho'),
    o: l('o_t', 'outputGate', 'σ(pre_o)'),
    c: l('c_t', 'cellState', 'f ⊙ c_{t−1} + i ⊙ g'),
    tanh_c: l('tanh(c_t)', 'squashedCellState'),
    h: l('h_t', 'hiddenState', 'o ⊙ tanh(c_t)'),
  },
  gru: {
    pre_z: l('pre_z', null, 'W_iz x_t + b_iz + W_hz h_{t−1} + b_hz'),
    z: l('z_t', 'updateGate', 'σ(pre_z)'),
    pre_r: l('pre_r', null, 'W_ir x_t + b_ir + W_hr h_{t−1} + b_hr'),
    r: l('r_t', 'resetGate', 'σ(pre_r)'),
    gi_n: l('gi_n', null, 'W_in x_t + b_in'),
    gh_n: l('gh_n', null, 'W_hn h_{t−1} + b_hn'),
    pre_n: l('pre_n', null, 'gi_n + r ⊙ gh_n'),
    n: l('n_t', 'candidateHidden', 'tanh(pre_n)'),
    h: l('h_t', 'hiddenState', '(1 − z) ⊙ n + z ⊙ h_{t−1}'),
  },
  rnn: {
    pre_h: l('pre_h', null, 'W_ih x_t + b_ih + W_hh h_{t−1} + b_hh'),
    h: l('h_t', 'hiddenState', 'tanh(pre_h)'),
  },
};

/** A name in a language. */
function nameOf(name: Name, lang: Lang): string {
  if (name === null) return '';
  if (name === 'squashedCellState') return stepTableMessages[lang].squashedCellState;
  // The GRU's candidate: "candidate" in English, 候选隐藏状态 in Chinese.
  return termMessages[lang][name];
}

/** The label of a quantity of a cell (or of a given: x, h_prev, c_prev), in a language. */
export function labelOf(cell: CellKind, quantity: string, lang: Lang = 'en'): QuantityLabel {
  const spec = GIVEN[quantity] ?? LABELS[cell][quantity];
  if (!spec) return { symbol: quantity, text: '' };
  const text = [nameOf(spec.name, lang), spec.formula].filter((p) => p !== '').join(' ');
  return { symbol: spec.symbol, text };
}
