/**
 * `npm run bench`: median times of a forward run (full trace) and of forward + full BPTT for
 * LSTM, GRU and RNN at three sizes, against this machine's scalar ceiling measured in the same
 * run. `npm run --silent bench -- --json` prints the results as a JSON array instead.
 */
import { performance } from 'node:perf_hooks';
import { backward } from '../src/engine/backward';
import { gateCount } from '../src/engine/cells';
import { dot } from '../src/engine/dot';
import { runForward } from '../src/engine/forward';
import { initModel } from '../src/engine/init';
import { createRng } from '../src/engine/rng';
import type { CellKind } from '../src/engine/types';

const SIZES = [
  { input: 4, hidden: 16, seq: 50 },
  { input: 16, hidden: 64, seq: 200 },
  { input: 32, hidden: 128, seq: 500 },
];
const CELLS: CellKind[] = ['lstm', 'gru', 'rnn'];

/** Median of fn's wall time in ms, after warm-up, over as many runs as fit in ~budget ms. */
function median(fn: () => void, budgetMs = 600): number {
  for (let k = 0; k < 3; k++) fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 7 || (performance.now() - start < budgetMs && times.length < 200)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** GFLOP/s of the engine's own 4-accumulator dot product on L1-resident vectors. */
function scalarCeiling(): number {
  const n = 1024;
  const rng = createRng(1);
  const a = Float64Array.from({ length: n }, () => rng.normal());
  const b = Float64Array.from({ length: n }, () => rng.normal());
  const reps = 2000;
  let sink = 0;
  const ms = median(() => {
    for (let r = 0; r < reps; r++) sink += dot(a, 0, b, 0, n);
  });
  if (sink === 42) console.log('');
  return (2 * n * reps) / (ms * 1e6);
}

const ceiling = scalarCeiling();
const rows = [];
for (const size of SIZES) {
  for (const cell of CELLS) {
    const { input: I, hidden: H, seq: T } = size;
    const rng = createRng(7);
    const model = initModel({ cell, inputSize: I, hiddenSize: H, numLayers: 1, bias: true }, rng);
    const x = Float64Array.from({ length: T * I }, () => rng.normal());
    const dOut = Float64Array.from({ length: T * H }, () => rng.normal());
    const run = { seqLen: T, batch: 1, x };
    const forwardMs = median(() => runForward(model, run));
    const bothMs = median(() => backward(model, runForward(model, run), dOut));
    const flops = 2 * T * gateCount(cell) * H * (I + H);
    rows.push({
      cell,
      input: I,
      hidden: H,
      seq: T,
      batch: 1,
      forward_ms: +forwardMs.toFixed(3),
      forward_backward_ms: +bothMs.toFixed(3),
      forward_gflops: +(flops / (forwardMs * 1e6)).toFixed(2),
      forward_backward_gflops: +((3 * flops) / (bothMs * 1e6)).toFixed(2),
      ceiling_gflops: +ceiling.toFixed(2),
      times_ceiling: +((3 * flops) / (bothMs * 1e6) / ceiling).toFixed(2),
    });
  }
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log(
    `scalar ceiling (4-accumulator Float64Array dot, n = 1024): ${ceiling.toFixed(2)} GFLOP/s\n`,
  );
  const head = [
    'cell',
    'I',
    'H',
    'T',
    'fwd ms',
    'fwd GFLOP/s',
    'fwd+bwd ms',
    'fwd+bwd GFLOP/s',
    'ceiling / achieved',
  ];
  const table = rows.map((r) =>
    [
      r.cell,
      r.input,
      r.hidden,
      r.seq,
      r.forward_ms.toFixed(3),
      r.forward_gflops.toFixed(2),
      r.forward_backward_ms.toFixed(3),
      r.forward_backward_gflops.toFixed(2),
      `${(1 / r.times_ceiling).toFixed(2)}×`,
    ].map(String),
  );
  const widths = head.map((h, c) => Math.max(h.length, ...table.map((row) => row[c].length)));
  const line = (cells: string[]) => cells.map((s, c) => s.padStart(widths[c])).join('  ');
  console.log(line(head));
  for (const row of table) console.log(line(row));
}
