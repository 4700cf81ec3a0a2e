import { describe, expect, it } from 'vitest';
import { paramNames, paramShape, parseParamName } from '../../src/engine/params';
import type { ModelConfig } from '../../src/engine/types';

const lstm: ModelConfig = { cell: 'lstm', inputSize: 3, hiddenSize: 5, numLayers: 2, bias: true };

describe('params', () => {
  it('paramNames(…) lists each layer in PyTorch order: weight_ih, weight_hh, bias_ih, bias_hh', () => {
    expect(paramNames(lstm)).toEqual([
      'weight_ih_l0',
      'weight_hh_l0',
      'bias_ih_l0',
      'bias_hh_l0',
      'weight_ih_l1',
      'weight_hh_l1',
      'bias_ih_l1',
      'bias_hh_l1',
    ]);
  });

  it('paramNames(…) has no bias_* names without bias', () => {
    expect(paramNames({ ...lstm, bias: false, numLayers: 3 })).toEqual([
      'weight_ih_l0',
      'weight_hh_l0',
      'weight_ih_l1',
      'weight_hh_l1',
      'weight_ih_l2',
      'weight_hh_l2',
    ]);
  });

  it('paramShape(…) stacks G = 4, 3, 1 gate blocks of H rows for LSTM, GRU, RNN', () => {
    expect(paramShape(lstm, 'weight_ih_l0')).toEqual([20, 3]);
    expect(paramShape({ ...lstm, cell: 'gru' }, 'weight_ih_l0')).toEqual([15, 3]);
    expect(paramShape({ ...lstm, cell: 'rnn' }, 'weight_ih_l0')).toEqual([5, 3]);
  });

  it('paramShape(…) gives layer k > 0 an input of H columns, and U is always (G·H, H)', () => {
    expect(paramShape(lstm, 'weight_ih_l1')).toEqual([20, 5]);
    expect(paramShape(lstm, 'weight_hh_l0')).toEqual([20, 5]);
    expect(paramShape(lstm, 'weight_hh_l1')).toEqual([20, 5]);
    expect(paramShape(lstm, 'bias_ih_l1')).toEqual([20]);
    expect(paramShape(lstm, 'bias_hh_l0')).toEqual([20]);
  });

  it('paramShape(…) throws for a name the model does not have', () => {
    expect(() => paramShape(lstm, 'weight_ih_l2')).toThrow(RangeError);
    expect(() => paramShape({ ...lstm, bias: false }, 'bias_ih_l0')).toThrow(RangeError);
    expect(() => paramShape(lstm, 'weight_ih_l0_reverse')).toThrow(RangeError);
    expect(() => paramShape(lstm, 'foo')).toThrow(RangeError);
  });

  it('parseParamName(…) splits a name into tensor and layer, and refuses others', () => {
    expect(parseParamName('bias_hh_l12')).toEqual({ tensor: 'bias_hh', layer: 12 });
    expect(parseParamName('weight_ih_l0')).toEqual({ tensor: 'weight_ih', layer: 0 });
    for (const bad of [
      'weight_ih_l01',
      'weight_ih_l',
      'weight_hr_l0',
      'lstm.weight_ih_l0',
      'weight_ih_l0_reverse',
    ]) {
      expect(parseParamName(bad)).toBeNull();
    }
  });
});
