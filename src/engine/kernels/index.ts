import type { CellKind } from '../types';
import { gruKernel } from './gru';
import type { CellKernel } from './kernel';
import { lstmKernel } from './lstm';
import { rnnKernel } from './rnn';

/** The arithmetic of each cell kind. */
export const KERNELS: Record<CellKind, CellKernel> = {
  lstm: lstmKernel,
  gru: gruKernel,
  rnn: rnnKernel,
};
