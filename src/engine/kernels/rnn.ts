import { gate } from './affine';
import type { CellKernel } from './kernel';

/** torch.nn.RNN with tanh: h_t = tanh(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh). */
export const rnnKernel: CellKernel = {
  substeps: [(L, t) => gate(L, t, 0, L.q.pre_h, L.q.h, 'tanh')],
  separateRecurrentGrad: false,
  gradSources: [{ name: 'pre_h', from: 'dA', q: 0 }],
  backStep(L, t, s) {
    const { B, H } = L;
    const { h } = L.q;
    for (let b = 0; b < B; b++) {
      const row = (t * B + b) * H;
      for (let j = 0; j < H; j++) {
        const k = row + j;
        s.dA[(t * B + b) * H + j] = s.dh[k] * (1 - h[k] * h[k]);
        s.dhNext[b * H + j] = 0;
      }
    }
  },
};
