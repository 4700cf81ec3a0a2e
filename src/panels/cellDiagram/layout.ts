import type { Point } from '../../charts/wirePath';

/** A rectangle in the drawing's coordinates. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Which part of the time step a mark belongs to: −1 for what the step reads (x_t, h_{t−1},
 * c_{t−1}), always shown; k ≥ 0 for sub-step k (0-based), highlighted while current and dimmed
 * until then.
 */
export type Owner = number;

/** A numbered step's region: its outline, the badge with its number, and its title. */
export interface StepShape {
  readonly outline: readonly Point[];
  /** Centre of the number badge. */
  readonly badge: Point;
  /** Where the title starts (or is centred), and how it is anchored. */
  readonly title: Point;
  readonly anchor: 'start' | 'middle';
}

/** A wire carrying a vector from one node to the next. */
export interface Wire {
  readonly owner: Owner;
  readonly points: readonly Point[];
  /** Ends in an arrowhead. */
  readonly arrow?: boolean;
  /** When the pulse travels along it while its step comes in: 0 first, 1 after. */
  readonly phase?: 0 | 1;
}

/**
 * An operation: a σ or tanh layer (box), a pointwise ×, +, 1 − or tanh (circle or pill), or a
 * junction where a wire splits.
 */
export interface OpNode {
  readonly kind: 'sigmoid' | 'tanh' | 'mul' | 'add' | 'oneMinus' | 'tanhOp' | 'junction';
  readonly at: Point;
  readonly owner: Owner;
}

/** Where a vector's strip sits: the box it is fitted into and where its symbol goes. */
export interface StripSlot {
  /** The trace quantity (`f`, `c`, …) or a given: `x`, `h_prev`, `c_prev`. */
  readonly quantity: string;
  /** Its symbol, TeX-style subscripts: `c_{t−1}`. */
  readonly symbol: string;
  /** The box the strip is fitted into, centred. */
  readonly box: Box;
  /** Where the symbol goes: above the strip's left end, or left of it. */
  readonly labelSide: 'above' | 'left';
  readonly owner: Owner;
}

/** One cell's diagram: everything positioned in a width × height viewBox. */
export interface DiagramLayout {
  /** The visible part of the drawing: x 0 … width, y top … height. */
  readonly width: number;
  readonly top: number;
  readonly height: number;
  /** Regions of the numbered steps, in sub-step order. */
  readonly steps: readonly StepShape[];
  readonly wires: readonly Wire[];
  readonly nodes: readonly OpNode[];
  readonly strips: readonly StripSlot[];
}

/** The four corners of a box, as an outline. */
export function boxOutline(b: Box): Point[] {
  return [
    [b.x, b.y],
    [b.x + b.w, b.y],
    [b.x + b.w, b.y + b.h],
    [b.x, b.y + b.h],
  ];
}

/** Half the width and height of a σ / tanh layer box. */
export const GATE_HALF = { w: 32, h: 20 } as const;
/** Radius of a pointwise operation's circle. */
export const OP_R = 12;
