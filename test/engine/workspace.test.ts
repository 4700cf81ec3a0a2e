import { describe, expect, it } from 'vitest';
import { snapshot } from './helpers';
import {
  backward,
  createRng,
  createTrainer,
  adam,
  createWorkspace,
  initModel,
  initReadout,
  TASKS,
  update,
  runForward,
  type CellKind,
  type Model,
} from '../../src/engine';

const CELLS: CellKind[] = ['rnn', 'lstm', 'gru'];

function setUp(cell: CellKind, seed: number) {
  const rng = createRng(seed);
  const [T, B, I] = [7, 3, 4];
  const model = initModel({ cell, inputSize: I, hiddenSize: 5, numLayers: 2, bias: true }, rng);
  const x = Float64Array.from({ length: T * B * I }, () => rng.normal());
  const dOut = Float64Array.from({ length: T * B * 5 }, () => rng.normal());
  return { model, input: { seqLen: T, batch: B, x }, dOut };
}

const run = (
  m: Model,
  input: Parameters<typeof runForward>[1],
  d: Float64Array,
  ws?: ReturnType<typeof createWorkspace>,
) => {
  const trace = runForward(m, input, ws);
  return snapshot(trace, backward(m, trace, d, ws));
};

describe('a workspace', () => {
  for (const cell of CELLS) {
    it(`gives ${cell} runs bit for bit equal to fresh ones, whatever the last run left in it`, () => {
      const ws = createWorkspace();
      const first = setUp(cell, 1);
      const second = setUp(cell, 2);
      run(first.model, first.input, first.dOut, ws); // leaves other numbers in every array
      const reused = run(second.model, second.input, second.dOut, ws);
      const fresh = run(second.model, second.input, second.dOut);
      expect([...reused.keys()].sort()).toEqual([...fresh.keys()].sort());
      for (const [name, values] of fresh) expect(reused.get(name), name).toEqual(values);
    });
  }

  it('hands the same memory to the next run (that is the point) and new memory for new sizes', () => {
    const ws = createWorkspace();
    const a = setUp('lstm', 1);
    const t1 = runForward(a.model, a.input, ws);
    const t2 = runForward(a.model, a.input, ws);
    expect(t2.layers[0].h).toBe(t1.layers[0].h);
    const longer = { ...a.input, seqLen: 8, x: new Float64Array(8 * 3 * 4) };
    expect(runForward(a.model, longer, ws).layers[0].h).not.toBe(t1.layers[0].h);
  });

  it('leaves training unchanged: a trainer (which reuses one) matches updates made without', () => {
    const config = {
      task: 'remember',
      cell: 'lstm',
      hiddenSize: 6,
      numLayers: 1,
      seqLen: 8,
      batchSize: 4,
      optimizer: { kind: 'adam', lr: 0.01 },
      clip: 1,
      seed: 3,
    } as const;
    const a = createTrainer(config);
    const statsA = Array.from({ length: 5 }, () => a.step());
    // The same model, readout and batches, updated with fresh memory each time.
    const rng = createRng(config.seed);
    const task = TASKS.remember;
    const modelConfig = {
      cell: 'lstm',
      inputSize: task.inputSize,
      hiddenSize: 6,
      numLayers: 1,
      bias: true,
    } as const;
    const model = initModel(modelConfig, rng);
    const readout = initReadout(6, task.outputs, rng);
    const data = createRng((config.seed ^ 0xda7a) >>> 0);
    const ctx = { task, model, readout, optimizer: adam({ lr: 0.01 }), clip: 1 };
    const statsB = Array.from({ length: 5 }, (_, i) => update(ctx, task.sample(4, 8, data), i + 1));
    expect(statsA).toEqual(statsB);
    expect(statsA[4].loss).not.toBe(statsA[0].loss);
    expect([...a.model.params.weight_hh_l0]).toEqual([...model.params.weight_hh_l0]);
    expect([...a.readout.weight]).toEqual([...readout.weight]);
  });
});
