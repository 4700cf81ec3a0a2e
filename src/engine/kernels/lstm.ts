import { tanhInto } from '../libm';
import { gate } from './affine';
import type { CellKernel } from './kernel';
import type { LayerView } from '../layer';
import { previousArray, previousOffset } from '../layer';

// Gate blocks in PyTorch's row order.
const I = 0;
const F = 1;
const G = 2;
const O = 3;

/** c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t */
function cellState(L: LayerView, t: number): void {
  const { i, f, g, c } = L.q;
  const cp = previousArray(L, 'c', t);
  const cpOff = previousOffset(L, t);
  const o = t * L.B * L.H;
  for (let k = 0; k < L.B * L.H; k++) c[o + k] = f[o + k] * cp[cpOff + k] + i[o + k] * g[o + k];
}

/** h_t = o_t ⊙ tanh(c_t) */
function hiddenState(L: LayerView, t: number): void {
  const { o: og, c, tanh_c, h } = L.q;
  const o = t * L.B * L.H;
  tanhInto(c, tanh_c, o, L.B * L.H);
  for (let k = o; k < o + L.B * L.H; k++) h[k] = og[k] * tanh_c[k];
}

/** torch.nn.LSTM: gates i, f, g, o; an additive cell state c. */
export const lstmKernel: CellKernel = {
  substeps: [
    (L, t) => gate(L, t, F, L.q.pre_f, L.q.f, 'sigmoid'),
    (L, t) => gate(L, t, I, L.q.pre_i, L.q.i, 'sigmoid'),
    (L, t) => gate(L, t, G, L.q.pre_g, L.q.g, 'tanh'),
    (L, t) => gate(L, t, O, L.q.pre_o, L.q.o, 'sigmoid'),
    cellState,
    hiddenState,
  ],
  separateRecurrentGrad: false,
  gradSources: [
    { name: 'pre_i', from: 'dA', q: I },
    { name: 'pre_f', from: 'dA', q: F },
    { name: 'pre_g', from: 'dA', q: G },
    { name: 'pre_o', from: 'dA', q: O },
  ],
  backStep(L, t, s) {
    const { B, H } = L;
    const { i, f, g, o, tanh_c } = L.q;
    const dc = s.dc as Float64Array;
    const dcNext = s.dcNext as Float64Array;
    const cp = previousArray(L, 'c', t);
    const cpOff = previousOffset(L, t);
    const GH = 4 * H;
    for (let b = 0; b < B; b++) {
      const row = (t * B + b) * H;
      const grow = (t * B + b) * GH;
      for (let j = 0; j < H; j++) {
        const k = row + j;
        const dh = s.dh[k];
        const tc = tanh_c[k];
        // h = o ⊙ tanh(c): dc gains dh·o·(1 − tanh²c) on top of what c_{t+1} sent back.
        const dct = dcNext[b * H + j] + dh * o[k] * (1 - tc * tc);
        dc[k] = dct;
        s.dA[grow + O * H + j] = dh * tc * o[k] * (1 - o[k]);
        // c = f ⊙ c_{t−1} + i ⊙ g
        s.dA[grow + I * H + j] = dct * g[k] * i[k] * (1 - i[k]);
        s.dA[grow + F * H + j] = dct * cp[cpOff + b * H + j] * f[k] * (1 - f[k]);
        s.dA[grow + G * H + j] = dct * i[k] * (1 - g[k] * g[k]);
        dcNext[b * H + j] = dct * f[k];
        s.dhNext[b * H + j] = 0;
      }
    }
  },
};
