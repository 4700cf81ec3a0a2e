import type { DiagramLayout } from '../layout';
import { SIDE_STRIP, STRIP } from '../layoutParts';

const BUS = 320;
const X = 400;
const GATE = 230;
const STRIP_TOP = 116;
const OUT = 60;

/**
 * The plain RNN, drawn like the other two so they can be compared: h_{t−1} and x_t enter
 * below, one tanh layer, h_t leaves above. There is no gate: every step rewrites h.
 */
export const RNN_LAYOUT: DiagramLayout = {
  width: 800,
  top: 30,
  height: 400,
  steps: [
    {
      outline: [
        [296, 92],
        [604, 92],
        [604, 298],
        [296, 298],
      ],
      badge: [462, 230],
      title: [478, 235],
      anchor: 'start',
    },
  ],
  wires: [
    {
      owner: -1,
      points: [
        [20, BUS],
        [X, BUS],
      ],
    },
    {
      owner: -1,
      points: [
        [220, 395],
        [220, BUS],
      ],
    },
    {
      owner: 0,
      arrow: true,
      phase: 0,
      points: [
        [X, BUS],
        [X, GATE + 20],
      ],
    },
    {
      owner: 0,
      phase: 1,
      points: [
        [X, GATE - 20],
        [X, STRIP_TOP + STRIP.h / 2],
      ],
    },
    {
      owner: 0,
      arrow: true,
      phase: 1,
      points: [
        [X, STRIP_TOP + STRIP.h / 2],
        [X, OUT],
        [795, OUT],
      ],
    },
  ],
  nodes: [
    { kind: 'junction', at: [220, BUS], owner: -1 },
    { kind: 'tanh', at: [X, GATE], owner: 0 },
  ],
  strips: [
    {
      quantity: 'h_prev',
      symbol: 'h_{t−1}',
      owner: -1,
      labelSide: 'above',
      box: { x: 20, y: BUS - 28, ...SIDE_STRIP },
    },
    {
      quantity: 'x',
      symbol: 'x_t',
      owner: -1,
      labelSide: 'left',
      box: { x: 180, y: 332, w: 80, h: 56 },
    },
    {
      quantity: 'h',
      symbol: 'h_t',
      owner: 0,
      labelSide: 'above',
      box: { x: X - STRIP.w / 2, y: STRIP_TOP, ...STRIP },
    },
  ],
};
