import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LAB_DEFAULTS, deriveRun, type Settings } from '../../src/store';
import {
  MAIN_THREAD_COST,
  compareKey,
  compareSettings,
  deriveCompareRun,
  runCost,
  smallRun,
  summariseRun,
} from '../../src/store/compare';
import { compareLine, memoryCurve } from '../../src/store/compareViews';

const base: Settings = {
  ...DEFAULT_SETTINGS,
  ...LAB_DEFAULTS,
  hiddenSize: 6,
  gateBias: 2,
  recurrentScale: 1.5,
  sequence: { kind: 'noise', seqLen: 9 },
} as Settings;

describe('compareSettings(s)', () => {
  it('gives the same settings three times with only the cell changed', () => {
    const all = compareSettings(base);
    expect(Object.keys(all)).toEqual(['rnn', 'lstm', 'gru']);
    for (const [cell, s] of Object.entries(all)) expect(s).toEqual({ ...base, cell });
  });
});

describe('deriveCompareRun(s, cell)', () => {
  it('is the store’s own run of that cell, summarised: norms and h of batch row 0', () => {
    for (const cell of ['rnn', 'lstm', 'gru'] as const) {
      const run = deriveRun({ ...base, cell });
      const r = deriveCompareRun(base, cell);
      expect(r.cell).toBe(cell);
      expect(r.settings).toEqual({ ...base, cell });
      expect(Array.from(r.normH)).toEqual(Array.from(run.grads.norms.h));
      expect(r.hidden).toEqual(run.trace.layers[0].h);
      expect([r.seqLen, r.hiddenSize]).toEqual([9, 6]);
      expect(r.memory).toBe(cell === 'lstm' ? 'c' : 'h');
      expect(memoryCurve(r)).toEqual(cell === 'lstm' ? run.grads.norms.c : run.grads.norms.h);
    }
  });

  it('copies, so a worker can transfer the arrays without touching the run', () => {
    const run = deriveRun(base);
    const r = summariseRun(base, run);
    expect(r.normH.buffer).not.toBe(run.grads.norms.h.buffer);
    expect(r.hidden.buffer).not.toBe(run.trace.layers[0].h.buffer);
  });
});

describe('compareKey(s)', () => {
  it('ignores the cell and sees every other setting', () => {
    expect(compareKey({ ...base, cell: 'lstm' })).toBe(compareKey({ ...base, cell: 'gru' }));
    expect(compareKey({ ...base, seed: 2 })).not.toBe(compareKey(base));
    expect(compareKey({ ...base, recurrentScale: 1.55 })).not.toBe(compareKey(base));
  });
});

describe('runCost(s)', () => {
  it('is G·H·(I + H)·T·L, and the lab’s default LSTM is the main-thread limit', () => {
    expect(runCost({ ...base, cell: 'gru' })).toBe(3 * 6 * 7 * 9);
    const lstm64 = {
      ...base,
      cell: 'lstm',
      hiddenSize: 64,
      sequence: { kind: 'noise', seqLen: 50 },
    };
    expect(runCost(lstm64 as Settings)).toBe(MAIN_THREAD_COST);
    const big = { ...base, cell: 'rnn', hiddenSize: 128, sequence: { kind: 'noise', seqLen: 500 } };
    expect(runCost(big as Settings)).toBeGreaterThan(MAIN_THREAD_COST);
  });
});

describe('smallRun(trace)', () => {
  const traceOf = (change: Partial<Settings>) =>
    deriveRun({ ...base, ...change } as Settings).trace;
  it('holds up to the main-thread limit: 4·64·(1 + 64)·50 for the default LSTM, not 128 × 500', () => {
    const seq = (seqLen: number) => ({ kind: 'noise', seqLen }) as const;
    expect(smallRun(traceOf({ cell: 'lstm', hiddenSize: 64, sequence: seq(50) }))).toBe(true);
    expect(smallRun(traceOf({ cell: 'lstm', hiddenSize: 64, sequence: seq(51) }))).toBe(false);
    expect(smallRun(traceOf({ cell: 'rnn', hiddenSize: 128, sequence: seq(50) }))).toBe(true);
    expect(smallRun(traceOf({ cell: 'rnn', hiddenSize: 128, sequence: seq(500) }))).toBe(false);
  });
});

describe('compareLine(run)', () => {
  it('prefixes the ratio sentence with the cell', () => {
    const line = compareLine(deriveCompareRun(base, 'lstm'));
    expect(line.sentence).toMatch(/^LSTM: the cell-state gradient reaching t = 0 is /);
    expect(line.cell).toBe('lstm');
  });
});
