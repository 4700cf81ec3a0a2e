import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CellKind, Params } from '../../src/engine';
import { adam, sgd, update, type Readout, type TaskBatch } from '../../src/engine/train';
import { expectClose, flat } from './helpers';

const DIR = join(__dirname, '..', 'fixtures', 'train');
const CELLS: Record<string, CellKind> = { lstm: 'lstm', gru: 'gru', rnn: 'rnn' };

describe.each(readdirSync(DIR).filter((f) => f.endsWith('.json')))(
  'PyTorch training fixture %s',
  (file) => {
    const fx = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    const c = fx.config;

    it(`${c.steps} updates of ${c.opt.kind}${c.clip === null ? '' : ` clipped at ${c.clip}`} match torch.optim to 1e-9`, () => {
      const params: Params = {};
      for (const [k, v] of Object.entries(fx.initial)) {
        if (!k.startsWith('readout.')) params[k] = flat(v);
      }
      const model = {
        config: {
          cell: CELLS[c.cell],
          inputSize: c.I,
          hiddenSize: c.H,
          numLayers: c.L,
          bias: true,
        },
        params,
      };
      const readout: Readout = {
        weight: flat(fx.initial['readout.weight']),
        bias: flat(fx.initial['readout.bias']),
        outputs: c.O,
        inputs: c.H,
      };
      const optimizer =
        c.opt.kind === 'adam'
          ? adam({ lr: c.opt.lr })
          : sgd({ lr: c.opt.lr, momentum: c.opt.momentum });
      const task = { objective: c.objective, scored: c.scored, outputs: c.O } as const;
      fx.steps.forEach((step: Record<string, unknown>, k: number) => {
        const batch: TaskBatch = {
          x: flat(step.x),
          seqLen: c.T,
          batch: c.B,
          ...(c.objective === 'ce'
            ? { labels: Int32Array.from(flat(step.target)) }
            : { values: flat(step.target) }),
        };
        const stats = update({ task, model, readout, optimizer, clip: c.clip }, batch, k + 1);
        expectClose(stats.loss, step.loss as number, `step ${k + 1} loss`);
        expectClose(stats.gradNorm, step.grad_norm as number, `step ${k + 1} gradient norm`);
        expect(stats.clipped).toBe(c.clip !== null && (step.grad_norm as number) > c.clip);
        const want = step.params as Record<string, unknown>;
        for (const [name, v] of Object.entries(want)) {
          const got =
            name === 'readout.weight'
              ? readout.weight
              : name === 'readout.bias'
                ? readout.bias
                : params[name];
          expectClose(got, flat(v), `step ${k + 1} ${name}`);
        }
      });
    });
  },
);
