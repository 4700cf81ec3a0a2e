import type { CellKind } from './types';

/** Row blocks of the weight matrices, in PyTorch's order: gate q owns rows [q·H, (q+1)·H). */
export const GATES: Record<CellKind, readonly string[]> = {
  lstm: ['i', 'f', 'g', 'o'],
  gru: ['r', 'z', 'n'],
  rnn: ['h'],
};

/** G: how many gate blocks a cell's weights stack (4 for LSTM, 3 for GRU, 1 for RNN). */
export function gateCount(cell: CellKind): number {
  return GATES[cell].length;
}

/** The forward trace's per-step quantities, each (T, B, H), in the order they are computed. */
const QUANTITIES: Record<CellKind, readonly string[]> = {
  lstm: ['pre_i', 'pre_f', 'pre_g', 'pre_o', 'i', 'f', 'g', 'o', 'c', 'tanh_c', 'h'],
  gru: ['pre_r', 'pre_z', 'gi_n', 'gh_n', 'pre_n', 'r', 'z', 'n', 'h'],
  rnn: ['pre_h', 'h'],
};

/** Names of the forward trace's quantities for a cell (the fixtures' `forward.layers[k]` keys). */
export function cellQuantities(cell: CellKind): readonly string[] {
  return QUANTITIES[cell];
}

/** The per-step gradients backprop records for a cell (the fixtures' `grads.*.layers[k]` keys). */
const GRAD_QUANTITIES: Record<CellKind, readonly string[]> = {
  lstm: ['h', 'c', 'pre_i', 'pre_f', 'pre_g', 'pre_o'],
  gru: ['h', 'pre_r', 'pre_z', 'pre_n', 'gh_n'],
  rnn: ['h', 'pre_h'],
};

/** Names of the per-step total derivatives dL/d(value at step t) recorded for a cell. */
export function gradQuantities(cell: CellKind): readonly string[] {
  return GRAD_QUANTITIES[cell];
}

/** One numbered step of a cell's update, as the diagrams teach it. */
export interface SubStepInfo {
  /** Stable identifier, e.g. `forget`. */
  readonly id: string;
  /** English title, e.g. `forget gate`. */
  readonly title: string;
  /** Trace quantities this step computes, in order. */
  readonly computes: readonly string[];
}

/** The numbered steps of one time step, in teaching order (LSTM six, GRU four, RNN one). */
export const SUBSTEPS: Record<CellKind, readonly SubStepInfo[]> = {
  lstm: [
    { id: 'forget', title: 'forget gate', computes: ['pre_f', 'f'] },
    { id: 'input', title: 'input gate', computes: ['pre_i', 'i'] },
    { id: 'candidate', title: 'candidate', computes: ['pre_g', 'g'] },
    { id: 'output', title: 'output gate', computes: ['pre_o', 'o'] },
    { id: 'cell', title: 'new cell state', computes: ['c'] },
    { id: 'hidden', title: 'new hidden state', computes: ['tanh_c', 'h'] },
  ],
  gru: [
    { id: 'update', title: 'update gate', computes: ['pre_z', 'z'] },
    { id: 'reset', title: 'reset gate', computes: ['pre_r', 'r'] },
    { id: 'candidate', title: 'candidate', computes: ['gi_n', 'gh_n', 'pre_n', 'n'] },
    { id: 'state', title: 'new hidden state', computes: ['h'] },
  ],
  rnn: [{ id: 'state', title: 'new hidden state', computes: ['pre_h', 'h'] }],
};
