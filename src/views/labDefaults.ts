import type { GateScopeInit } from '../store';

/**
 * The gradient lab's starting point: a plain tanh RNN with PyTorch's uniform init at hidden 64
 * on 50 steps of seeded noise, with the loss on the last step. (The claims these defaults
 * must show are tested in test/store/labClaims.test.ts.)
 */
export const LAB_DEFAULTS: GateScopeInit = {
  cell: 'rnn',
  hiddenSize: 64,
  sequence: { kind: 'noise', seqLen: 50 },
  amplitude: 1,
  init: 'uniform',
  loss: 'last',
};
