import { rowsDot } from '../dot';
import { sigmoid, tanhInto } from '../libm';
import type { LayerView } from '../layer';
import { packedRowsDot, setVector } from '../packed';

/**
 * Gate q's input half W_ih[r] · u_t[b] + b_ih[r] (rows r = q·H + j) at step t, batch row b:
 * in the whole-sequence product P (its bias already added), or (a stepper's run) computed now
 * into L.ih. Both sum in the same order, so both give the same bits. Returns the offset of unit
 * j = 0 in `L.P ?? L.ih` (an offset, not a pair: a pair would be an allocation per call).
 */
function inputHalf(L: LayerView, t: number, b: number, q: number): number {
  const { H, In, P, bi, ih } = L;
  if (P !== null) return (t * L.B + b) * L.G * H + q * H;
  rowsDot(L.W, In, q * H, (q + 1) * H, L.u, (t * L.B + b) * In, ih, 0);
  if (bi !== null) for (let j = 0; j < H; j++) ih[j] += bi[q * H + j];
  return 0;
}

/**
 * L.hh[j] = W_hh[r] · h_{t−1}[b] + b_hh[r] for gate q's rows r = q·H + j, with h_{t−1}[b] at
 * hp[hpOff …]: from U packed by the whole-sequence run, or from U itself (a stepper's run).
 */
function recurrentHalf(L: LayerView, q: number, hp: Float64Array, hpOff: number): void {
  const { H, Up, bh, hh } = L;
  if (Up === null) {
    rowsDot(L.U, H, q * H, (q + 1) * H, hp, hpOff, hh, 0);
    if (bh !== null) for (let j = 0; j < H; j++) hh[j] += bh[q * H + j];
  } else {
    setVector(Up, hp, hpOff);
    packedRowsDot(Up, q, H, hh, 0, bh);
  }
}

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
  const { H, ih, P } = L;
  const so = inputHalf(L, t, b, q);
  recurrentHalf(L, q, hp, hpOff + b * H);
  if (P !== null) for (let j = 0; j < H; j++) ih[j] = P[so + j];
}

/**
 * One gate at step t for every batch row and unit: pre = ih + hh (the halves of gateHalves,
 * summed in one pass: (W_ih u + b_ih) + (W_hh h + b_hh)), and out = σ(pre) when `squash` is
 * 'sigmoid', tanh(pre) when it is 'tanh'.
 */
export function gate(
  L: LayerView,
  t: number,
  q: number,
  pre: Float64Array,
  out: Float64Array,
  squash: 'sigmoid' | 'tanh',
): void {
  const { B, H, hh } = L;
  const hp = t > 0 ? L.q.h : L.h0;
  const hpOff = t > 0 ? (t - 1) * B * H : 0;
  const sig = squash === 'sigmoid';
  for (let b = 0; b < B; b++) {
    const so = inputHalf(L, t, b, q);
    const src = L.P ?? L.ih;
    recurrentHalf(L, q, hp, hpOff + b * H);
    const o = (t * B + b) * H;
    for (let j = 0; j < H; j++) pre[o + j] = src[so + j] + hh[j];
    if (sig) sigmoidInto(pre, out, o, H);
    else tanhInto(pre, out, o, H);
  }
}

/** out[o + j] = σ(pre[o + j]) for j < n: a loop small enough for V8 to inline σ into. */
function sigmoidInto(pre: Float64Array, out: Float64Array, o: number, n: number): void {
  for (let j = o; j < o + n; j++) out[j] = sigmoid(pre[j]);
}
