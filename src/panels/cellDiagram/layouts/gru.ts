import type { DiagramLayout } from '../layout';
import { ROW, SIDE_STRIP, STRIP, gateColumn, merge, stripCentre } from '../layoutParts';

// Sub-steps in teaching order (SUBSTEPS.gru): update z, reset r, candidate n, new state h.
const [Z, R, N, S] = [0, 1, 2, 3];
const X = { split: 140, z: 250, r: 370, rh: 470, sum: 545, n: 620 } as const;
const L = ROW.line;
/** The row of 1 − z on its way to the × with n. */
const KEEP = 178;
const G = ROW.gate;

const gates = merge([
  gateColumn(X.z, Z, 'sigmoid', 'z', 'z_t'),
  gateColumn(X.r, R, 'sigmoid', 'r', 'r_t'),
]);

/**
 * PyTorch's GRU: h_{t−1} along the top, kept by z (×) and topped up by (1 − z) ⊙ n (+); the
 * candidate n = tanh(W_in x + b_in + r ⊙ (W_hn h_{t−1} + b_hn)) drawn as its × and + before
 * the tanh, so r visibly scales only the recurrent half.
 */
export const GRU_LAYOUT: DiagramLayout = {
  width: 800,
  top: 50,
  height: 520,
  steps: [
    ...gates.steps,
    {
      outline: [
        [424, 206],
        [672, 206],
        [672, 416],
        [424, 416],
      ],
      badge: [X.n, 376],
      title: [X.n, 404],
      anchor: 'middle',
    },
    {
      outline: [
        [192, 66],
        [797, 66],
        [797, 198],
        [192, 198],
      ],
      badge: [440, 96],
      title: [456, 101],
      anchor: 'start',
    },
  ],
  wires: [
    {
      owner: -1,
      arrow: true,
      points: [
        [20, L],
        [X.z - 12, L],
      ],
    },
    {
      owner: -1,
      points: [
        [X.split, L],
        [X.split, ROW.bus],
        [X.sum, ROW.bus],
      ],
    },
    {
      owner: -1,
      points: [
        [200, 515],
        [200, ROW.bus],
      ],
    },
    ...gates.wires,
    // Step 3: n = tanh(gi_n + r ⊙ gh_n)
    {
      owner: N,
      arrow: true,
      phase: 0,
      points: [stripCentre(X.r), [X.r, 212], [X.rh, 212], [X.rh, G - 12]],
    },
    {
      owner: N,
      arrow: true,
      phase: 0,
      points: [
        [X.rh, ROW.bus],
        [X.rh, G + 12],
      ],
    },
    {
      owner: N,
      arrow: true,
      phase: 0,
      points: [
        [X.sum, ROW.bus],
        [X.sum, G + 12],
      ],
    },
    {
      owner: N,
      arrow: true,
      phase: 1,
      points: [
        [X.rh + 12, G],
        [X.sum - 12, G],
      ],
    },
    {
      owner: N,
      arrow: true,
      phase: 1,
      points: [
        [X.sum + 12, G],
        [X.n - 32, G],
      ],
    },
    { owner: N, phase: 1, points: [[X.n, G - 20], stripCentre(X.n)] },
    // Step 4: h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}
    { owner: S, arrow: true, phase: 0, points: [stripCentre(X.z), [X.z, L + 12]] },
    {
      owner: S,
      arrow: true,
      phase: 0,
      points: [
        [X.z, KEEP],
        [X.r - 64, KEEP],
      ],
    },
    {
      owner: S,
      arrow: true,
      phase: 0,
      points: [
        [X.r - 36, KEEP],
        [X.n - 12, KEEP],
      ],
    },
    { owner: S, arrow: true, phase: 0, points: [stripCentre(X.n), [X.n, KEEP + 12]] },
    {
      owner: S,
      arrow: true,
      phase: 1,
      points: [
        [X.z + 12, L],
        [X.n - 12, L],
      ],
    },
    {
      owner: S,
      arrow: true,
      phase: 1,
      points: [
        [X.n, KEEP - 12],
        [X.n, L + 12],
      ],
    },
    {
      owner: S,
      arrow: true,
      phase: 1,
      points: [
        [X.n + 12, L],
        [795, L],
      ],
    },
  ],
  nodes: [
    ...gates.nodes,
    { kind: 'junction', at: [X.split, L], owner: -1 },
    { kind: 'junction', at: [200, ROW.bus], owner: -1 },
    { kind: 'junction', at: [X.rh, ROW.bus], owner: -1 },
    { kind: 'mul', at: [X.rh, G], owner: N },
    { kind: 'add', at: [X.sum, G], owner: N },
    { kind: 'tanh', at: [X.n, G], owner: N },
    { kind: 'mul', at: [X.z, L], owner: S },
    { kind: 'junction', at: [X.z, KEEP], owner: S },
    { kind: 'oneMinus', at: [X.r - 50, KEEP], owner: S },
    { kind: 'mul', at: [X.n, KEEP], owner: S },
    { kind: 'add', at: [X.n, L], owner: S },
  ],
  strips: [
    {
      quantity: 'h_prev',
      symbol: 'h_{t−1}',
      owner: -1,
      labelSide: 'above',
      box: { x: 20, y: L - 28, ...SIDE_STRIP },
    },
    {
      quantity: 'x',
      symbol: 'x_t',
      owner: -1,
      labelSide: 'left',
      box: { x: 160, y: 452, w: 80, h: 56 },
    },
    ...gates.strips,
    {
      quantity: 'n',
      symbol: 'n_t',
      owner: N,
      labelSide: 'above',
      box: { x: X.n - STRIP.w / 2, y: ROW.strip, ...STRIP },
    },
    {
      quantity: 'h',
      symbol: 'h_t',
      owner: S,
      labelSide: 'above',
      box: { x: 690, y: L - 28, ...SIDE_STRIP },
    },
  ],
};
