import { paramNames, paramShape, type CellKind, type ModelConfig } from '../../engine';

/** A parameter tensor's name, PyTorch shape and number of values. */
export interface TensorCount {
  readonly name: string;
  readonly shape: readonly number[];
  readonly size: number;
}

/** Every parameter tensor of `config` with the cell swapped for `cell`, from the engine's shapes. */
export function tensorCounts(config: ModelConfig, cell: CellKind): TensorCount[] {
  const c = { ...config, cell };
  return paramNames(c).map((name) => {
    const shape = paramShape(c, name);
    return { name, shape, size: shape.reduce((a, b) => a * b, 1) };
  });
}

/** The number of parameters of `config` as a `cell`. */
export const paramCount = (config: ModelConfig, cell: CellKind) =>
  tensorCounts(config, cell).reduce((n, t) => n + t.size, 0);
