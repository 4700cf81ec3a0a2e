import { rowsDot } from '../dot';
import type { LayerView } from '../layer';

/**
 * The two halves of gate q's pre-activation at step t, batch row b, for its H rows
 * r = q·H + j:  L.ih[j] = W_ih[r] · u_t[b] + b_ih[r]  and  L.hh[j] = W_hh[r] · h_{t−1}[b] + b_hh[r],
 * with h_{t−1}[b] read from hp[hpOff + b·H …].
 */
export function gateHalves(
  L: LayerView,
  t: number,
  b: number,
  q: number,
  hp: Float64Array,
  hpOff: number,
): void {
  const { H, In, ih, hh, P } = L;
  if (P === null) rowsDot(L.W, In, q * H, (q + 1) * H, L.u, (t * L.B + b) * In, ih, 0);
  else for (let j = 0, o = (t * L.B + b) * L.G * H + q * H; j < H; j++) ih[j] = P[o + j];
  rowsDot(L.U, H, q * H, (q + 1) * H, hp, hpOff + b * H, hh, 0);
  if (L.bi !== null && L.bh !== null) {
    for (let j = 0; j < H; j++) {
      ih[j] += L.bi[q * H + j];
      hh[j] += L.bh[q * H + j];
    }
  }
}

/** σ(v) = 1 / (1 + e^(−v)), PyTorch's sigmoid. */
export function sigmoid(v: number): number {
  return 1 / (1 + Math.exp(-v));
}

/**
 * One gate at step t for every batch row and unit: pre = ih + hh (see gateHalves), and
 * out = σ(pre) when `squash` is 'sigmoid', tanh(pre) when it is 'tanh'.
 */
export function gate(
  L: LayerView,
  t: number,
  q: number,
  pre: Float64Array,
  out: Float64Array,
  squash: 'sigmoid' | 'tanh',
): void {
  const { B, H, ih, hh } = L;
  const hp = t > 0 ? L.q.h : L.h0;
  const hpOff = t > 0 ? (t - 1) * B * H : 0;
  const sig = squash === 'sigmoid';
  for (let b = 0; b < B; b++) {
    gateHalves(L, t, b, q, hp, hpOff);
    const o = (t * B + b) * H;
    for (let j = 0; j < H; j++) {
      const v = ih[j] + hh[j];
      pre[o + j] = v;
      out[o + j] = sig ? sigmoid(v) : Math.tanh(v);
    }
  }
}
