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
