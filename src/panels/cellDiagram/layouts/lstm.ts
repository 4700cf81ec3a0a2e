import type { DiagramLayout } from '../layout';
import { ROW, SIDE_STRIP, gateColumn, merge, stripCentre } from '../layoutParts';

// Sub-steps in teaching order (SUBSTEPS.lstm): forget, input, candidate, output, cell, hidden.
const [F, I, G, O, C, H] = [0, 1, 2, 3, 4, 5];
const X = { f: 250, i: 350, g: 450, o: 550, out: 660, h: 730 } as const;
/** The × that forms i ⊙ g, below the + on the cell line. */
const IG: [number, number] = [X.g, 184];
/** The × that forms o ⊙ tanh(c_t), below the tanh on the way out. */
const OUT: [number, number] = [X.out, 205];
const L = ROW.line;

const gates = merge([
  gateColumn(X.f, F, 'sigmoid', 'f', 'f_t'),
  gateColumn(X.i, I, 'sigmoid', 'i', 'i_t'),
  gateColumn(X.g, G, 'tanh', 'g', 'g_t'),
  gateColumn(X.o, O, 'sigmoid', 'o', 'o_t', false),
]);

/**
 * The LSTM as it is usually drawn: the cell state c along the top with its × (forget) and +
 * (write), h_{t−1} and x_t entering below, the gates σ, σ, tanh, σ, and h_t = o ⊙ tanh(c_t)
 * leaving bottom right.
 */
export const LSTM_LAYOUT: DiagramLayout = {
  width: 800,
  top: 50,
  height: 520,
  steps: [
    ...gates.steps,
    {
      outline: [
        [192, 66],
        [797, 66],
        [797, 156],
        [478, 156],
        [478, 200],
        [422, 200],
        [422, 156],
        [192, 156],
      ],
      badge: [292, 96],
      title: [308, 101],
      anchor: 'start',
    },
    {
      outline: [
        [626, 162],
        [797, 162],
        [797, 482],
        [626, 482],
      ],
      badge: [642, 462],
      title: [658, 467],
      anchor: 'start',
    },
  ],
  wires: [
    {
      owner: -1,
      arrow: true,
      points: [
        [20, L],
        [X.f - 12, L],
      ],
    },
    {
      owner: -1,
      points: [
        [20, ROW.bus],
        [X.o, ROW.bus],
      ],
    },
    {
      owner: -1,
      points: [
        [175, 515],
        [175, ROW.bus],
      ],
    },
    ...gates.wires,
    // Step 5: c_t = f ⊙ c_{t−1} + i ⊙ g
    { owner: C, arrow: true, phase: 0, points: [stripCentre(X.f), [X.f, L + 12]] },
    {
      owner: C,
      arrow: true,
      phase: 0,
      points: [stripCentre(X.i), [X.i, IG[1]], [X.g - 12, IG[1]]],
    },
    { owner: C, arrow: true, phase: 0, points: [stripCentre(X.g), [X.g, IG[1] + 12]] },
    {
      owner: C,
      arrow: true,
      phase: 1,
      points: [
        [X.f + 12, L],
        [X.g - 12, L],
      ],
    },
    {
      owner: C,
      arrow: true,
      phase: 1,
      points: [
        [X.g, IG[1] - 12],
        [X.g, L + 12],
      ],
    },
    {
      owner: C,
      arrow: true,
      phase: 1,
      points: [
        [X.g + 12, L],
        [795, L],
      ],
    },
    // Step 6: h_t = o ⊙ tanh(c_t)
    {
      owner: H,
      arrow: true,
      phase: 0,
      points: [
        [X.out, L],
        [X.out, L + 27],
      ],
    },
    {
      owner: H,
      arrow: true,
      phase: 0,
      points: [
        [X.out, L + 53],
        [X.out, OUT[1] - 12],
      ],
    },
    {
      owner: H,
      arrow: true,
      phase: 0,
      points: [stripCentre(X.o), [X.o, OUT[1]], [X.out - 12, OUT[1]]],
    },
    {
      owner: H,
      arrow: true,
      phase: 1,
      points: [
        [X.out + 12, OUT[1]],
        [X.h, OUT[1]],
        [X.h, ROW.bus],
        [795, ROW.bus],
      ],
    },
  ],
  nodes: [
    ...gates.nodes,
    { kind: 'junction', at: [175, ROW.bus], owner: -1 },
    { kind: 'mul', at: [X.f, L], owner: C },
    { kind: 'mul', at: IG, owner: C },
    { kind: 'add', at: [X.g, L], owner: C },
    { kind: 'junction', at: [X.out, L], owner: H },
    { kind: 'tanhOp', at: [X.out, L + 40], owner: H },
    { kind: 'mul', at: OUT, owner: H },
  ],
  strips: [
    {
      quantity: 'c_prev',
      symbol: 'c_{t−1}',
      owner: -1,
      labelSide: 'above',
      box: { x: 20, y: L - 28, ...SIDE_STRIP },
    },
    {
      quantity: 'h_prev',
      symbol: 'h_{t−1}',
      owner: -1,
      labelSide: 'above',
      box: { x: 20, y: ROW.bus - 28, ...SIDE_STRIP },
    },
    {
      quantity: 'x',
      symbol: 'x_t',
      owner: -1,
      labelSide: 'left',
      box: { x: 135, y: 452, w: 80, h: 56 },
    },
    ...gates.strips,
    {
      quantity: 'c',
      symbol: 'c_t',
      owner: C,
      labelSide: 'above',
      box: { x: 690, y: L - 28, ...SIDE_STRIP },
    },
    {
      quantity: 'h',
      symbol: 'h_t',
      owner: H,
      labelSide: 'above',
      box: { x: X.h - 50, y: 262, w: 100, h: 68 },
    },
  ],
};
