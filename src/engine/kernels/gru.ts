import { tanhInto } from '../libm';
import { gate, gateHalves } from './affine';
import type { CellKernel } from './kernel';
import type { LayerView } from '../layer';
import { previousArray, previousOffset } from '../layer';

// Gate blocks in PyTorch's row order.
const R = 0;
const Z = 1;
const N = 2;

/** n_t = tanh(gi_n + r_t ⊙ gh_n), gi_n = W_in x + b_in, gh_n = W_hn h_{t−1} + b_hn */
function candidate(L: LayerView, t: number): void {
  const { B, H } = L;
  const { r, gi_n, gh_n, pre_n, n } = L.q;
  const hp = previousArray(L, 'h', t);
  const hpOff = previousOffset(L, t);
  for (let b = 0; b < B; b++) {
    gateHalves(L, t, b, N, hp, hpOff);
    const o = (t * B + b) * H;
    for (let j = 0; j < H; j++) {
      const gi = L.ih[j];
      const gh = L.hh[j];
      const p = gi + r[o + j] * gh;
      gi_n[o + j] = gi;
      gh_n[o + j] = gh;
      pre_n[o + j] = p;
    }
    tanhInto(pre_n, n, o, H);
  }
}

/** h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t−1} */
function newState(L: LayerView, t: number): void {
  const { z, n, h } = L.q;
  const hp = previousArray(L, 'h', t);
  const hpOff = previousOffset(L, t);
  const o = t * L.B * L.H;
  for (let k = 0; k < L.B * L.H; k++)
    h[o + k] = (1 - z[o + k]) * n[o + k] + z[o + k] * hp[hpOff + k];
}

/** torch.nn.GRU: gates r, z and candidate n, with r applied to W_hn h + b_hn. */
export const gruKernel: CellKernel = {
  substeps: [
    (L, t) => gate(L, t, Z, L.q.pre_z, L.q.z, 'sigmoid'),
    (L, t) => gate(L, t, R, L.q.pre_r, L.q.r, 'sigmoid'),
    candidate,
    newState,
  ],
  separateRecurrentGrad: true,
  gradSources: [
    { name: 'pre_r', from: 'dA', q: R },
    { name: 'pre_z', from: 'dA', q: Z },
    { name: 'pre_n', from: 'dA', q: N },
    { name: 'gh_n', from: 'dB', q: N },
  ],
  backStep(L, t, s) {
    const { B, H } = L;
    const { r, z, n, gh_n } = L.q;
    const hp = previousArray(L, 'h', t);
    const hpOff = previousOffset(L, t);
    const GH = 3 * H;
    for (let b = 0; b < B; b++) {
      const row = (t * B + b) * H;
      const grow = (t * B + b) * GH;
      for (let j = 0; j < H; j++) {
        const k = row + j;
        const dh = s.dh[k];
        // h = (1 − z) n + z h_{t−1}
        const dpn = dh * (1 - z[k]) * (1 - n[k] * n[k]);
        const dpz = dh * (hp[hpOff + b * H + j] - n[k]) * z[k] * (1 - z[k]);
        // pre_n = gi_n + r ⊙ gh_n
        const dpr = dpn * gh_n[k] * r[k] * (1 - r[k]);
        s.dA[grow + R * H + j] = dpr;
        s.dA[grow + Z * H + j] = dpz;
        s.dA[grow + N * H + j] = dpn;
        s.dB[grow + R * H + j] = dpr;
        s.dB[grow + Z * H + j] = dpz;
        s.dB[grow + N * H + j] = dpn * r[k];
        s.dhNext[b * H + j] = dh * z[k];
      }
    }
  },
};
