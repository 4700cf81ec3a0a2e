import type { AffineHalf } from '../../store';

/**
 * PyTorch's names for one half of a pre-activation: W_if, b_if and x_t for the input half of
 * the LSTM's forget gate, W_hf, b_hf and h_{t−1} for its recurrent half; the RNN's are W_ih,
 * b_ih, W_hh, b_hh.
 */
export function halfSymbols(half: AffineHalf) {
  const name = half.gate ? `${half.source[0]}${half.gate}` : half.source;
  return { W: `W_{${name}}`, b: `b_{${name}}`, v: half.source === 'ih' ? 'x_t' : 'h_{t−1}' };
}

/** One sentence per sub-step on what its numbers mean (TeX-style subscripts). */
export const STEP_NOTES: Record<string, string> = {
  'lstm:forget': 'f_t near 1 keeps the old cell state c_{t−1}; near 0 it forgets it.',
  'lstm:input': 'i_t decides how much of the candidate g_t is written into the cell.',
  'lstm:candidate': 'g_t is the new content the cell may take in, between −1 and 1.',
  'lstm:output': 'o_t decides how much of the cell state is let out as h_t.',
  'lstm:cell':
    'The cell state changes by addition — what is kept plus what is written — so its gradient can flow back undiminished.',
  'lstm:hidden': 'h_t is the squashed cell state tanh(c_t), let through by the output gate.',
  'gru:update': 'z_t near 1 keeps the old state h_{t−1}; near 0 it takes the candidate.',
  'gru:reset': 'r_t near 0 makes the candidate ignore the old state.',
  'gru:candidate':
    'As in PyTorch, r_t scales only the recurrent part W_hn h_{t−1} + b_hn, bias included.',
  'gru:state': 'The new state mixes the candidate and the old state, weighted by z_t.',
  'rnn:state':
    'Every step rewrites h through the same W_hh: over many steps its gradient shrinks or grows geometrically.',
};
