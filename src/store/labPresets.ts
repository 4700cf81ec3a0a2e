import type { Settings } from './settings';

/**
 * The gradient lab's starting point: a plain tanh RNN with PyTorch's uniform init at hidden 64
 * on 50 steps of seeded noise, with the loss on the last step. test/store/labClaims.test.ts
 * proves the lab's three claims on these settings.
 */
export const LAB_DEFAULTS: Partial<Settings> = {
  cell: 'rnn',
  hiddenSize: 64,
  numLayers: 1,
  sequence: { kind: 'noise', seqLen: 50 },
  amplitude: 1,
  init: 'uniform',
  weightScale: 1,
  recurrentScale: 1,
  gateBias: 0,
  loss: 'last',
};

/** The lab's "Recurrent weight scale" slider runs over this range. */
export const LAB_RECURRENT_SCALE = { min: 0.1, max: 4, step: 0.05 } as const;

/** A one-click setup of the lab that shows one claim. */
export interface LabPreset {
  readonly id: 'vanishing' | 'exploding' | 'lstm' | 'gru';
  readonly title: string;
  /** What to look at; the numbers themselves are shown live from the engine. */
  readonly description: string;
  readonly settings: Partial<Settings>;
}

export const LAB_PRESETS: readonly LabPreset[] = [
  {
    id: 'vanishing',
    title: 'RNN: vanishing',
    description:
      'Small recurrent weights: every step multiplies the gradient by a factor below 1, so almost nothing reaches t = 0.',
    settings: { ...LAB_DEFAULTS, cell: 'rnn', recurrentScale: LAB_RECURRENT_SCALE.min },
  },
  {
    id: 'exploding',
    title: 'RNN: exploding',
    description:
      'Large recurrent weights: the per-step factor is above 1 and the gradient grows going back in time.',
    settings: { ...LAB_DEFAULTS, cell: 'rnn', recurrentScale: LAB_RECURRENT_SCALE.max },
  },
  {
    id: 'lstm',
    title: 'LSTM: forget gate open',
    description:
      'A forget gate bias of +3 keeps f near 1: the cell state is updated by addition, and its gradient stays alive all the way back.',
    settings: { ...LAB_DEFAULTS, cell: 'lstm', gateBias: 3 },
  },
  {
    id: 'gru',
    title: 'GRU: update gate open',
    description:
      'An update gate bias of +3 keeps z near 1: h is mostly copied forward, and so is its gradient backward.',
    settings: { ...LAB_DEFAULTS, cell: 'gru', gateBias: 3 },
  },
];
