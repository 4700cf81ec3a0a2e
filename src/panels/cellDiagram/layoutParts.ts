import type { Point } from '../../charts/wirePath';
import {
  GATE_HALF,
  boxOutline,
  type OpNode,
  type Owner,
  type StepShape,
  type StripSlot,
  type Wire,
} from './layout';

/** The rows every diagram shares (viewBox units): state line on top, input bus below. */
export const ROW = {
  /** The state line: c for the LSTM, h for the GRU. */
  line: 120,
  /** Top of the strips that sit on the gates' output wires. */
  strip: 226,
  /** Centre of the σ / tanh layer boxes. */
  gate: 330,
  /** The bus carrying h_{t−1} and x_t to every gate. */
  bus: 440,
} as const;

/** The box a gate's strip is fitted into. */
export const STRIP = { w: 92, h: 68 } as const;
/** The box an input or state strip on a horizontal wire is fitted into. */
export const SIDE_STRIP = { w: 100, h: 56 } as const;

/** Centre of the strip box above a gate at x. */
export const stripCentre = (x: number): Point => [x, ROW.strip + STRIP.h / 2];

/** One column of a gate: feeder from the bus, the σ / tanh box, its strip and its region. */
export interface GateColumn {
  readonly nodes: OpNode[];
  readonly wires: Wire[];
  readonly strip: StripSlot;
  readonly step: StepShape;
}

/**
 * A gate at x owned by sub-step `owner`: the bus feeds it from below, its output climbs into
 * its strip. What the strip feeds is drawn by the caller (owned by the step that consumes it).
 */
export function gateColumn(
  x: number,
  owner: Owner,
  kind: 'sigmoid' | 'tanh',
  quantity: string,
  symbol: string,
  junction = true,
): GateColumn {
  const [, cy] = stripCentre(x);
  const nodes: OpNode[] = [{ kind, at: [x, ROW.gate], owner }];
  if (junction) nodes.push({ kind: 'junction', at: [x, ROW.bus], owner: -1 });
  return {
    nodes,
    wires: [
      {
        owner,
        phase: 0,
        arrow: true,
        points: [
          [x, ROW.bus],
          [x, ROW.gate + GATE_HALF.h],
        ],
      },
      {
        owner,
        phase: 1,
        points: [
          [x, ROW.gate - GATE_HALF.h],
          [x, cy],
        ],
      },
    ],
    strip: {
      quantity,
      symbol,
      box: { x: x - STRIP.w / 2, y: ROW.strip, w: STRIP.w, h: STRIP.h },
      labelSide: 'above',
      owner,
    },
    step: gateStep(x),
  };
}

/** The region of a gate column at x: strip, box, number and title. */
export function gateStep(x: number): StepShape {
  return {
    outline: boxOutline({ x: x - 49, y: 206, w: 98, h: 210 }),
    badge: [x, 376],
    title: [x, 404],
    anchor: 'middle',
  };
}

/** Everything the three layouts are built from, flattened. */
export function merge(columns: readonly GateColumn[]) {
  return {
    nodes: columns.flatMap((c) => c.nodes),
    wires: columns.flatMap((c) => c.wires),
    strips: columns.map((c) => c.strip),
    steps: columns.map((c) => c.step),
  };
}
