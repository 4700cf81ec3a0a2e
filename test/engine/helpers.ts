import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CellKind,
  Gradients,
  Model,
  ModelConfig,
  Params,
  RunInput,
  Trace,
} from '../../src/engine/types';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'pytorch');

/** Nested JSON arrays → a flat row-major Float64Array (test-side, independent of the engine). */
export function flat(v: unknown): Float64Array {
  const out: number[] = [];
  const walk = (a: unknown): void => {
    if (Array.isArray(a)) a.forEach(walk);
    else out.push(a as number);
  };
  walk(v);
  return Float64Array.from(out);
}

/** Throws unless |a − b| ≤ abs + rel·|b| everywhere. */
export function expectClose(
  actual: ArrayLike<number> | number,
  expected: ArrayLike<number> | number,
  what: string,
  abs = 1e-9,
  rel = 1e-9,
): void {
  const a = typeof actual === 'number' ? [actual] : actual;
  const b = typeof expected === 'number' ? [expected] : expected;
  if (a.length !== b.length) throw new Error(`${what}: length ${a.length} ≠ ${b.length}`);
  for (let k = 0; k < b.length; k++) {
    const ok = Math.abs(a[k] - b[k]) <= abs + rel * Math.abs(b[k]);
    if (!ok)
      throw new Error(
        `${what}[${k}]: got ${a[k]}, expected ${b[k]} (|Δ| = ${Math.abs(a[k] - b[k])})`,
      );
  }
}

const CELLS: Record<string, CellKind> = { lstm: 'lstm', gru: 'gru', rnn_tanh: 'rnn' };

/** A parsed reference fixture with its model and inputs as engine values. */
export interface Fixture {
  readonly name: string;
  readonly json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly model: Model;
  readonly input: RunInput;
}

export function loadFixture(path: string): Fixture {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  const c = json.config;
  const config: ModelConfig = {
    cell: CELLS[c.cell],
    inputSize: c.input_size,
    hiddenSize: c.hidden_size,
    numLayers: c.num_layers,
    bias: c.bias,
  };
  const params: Params = {};
  for (const [k, v] of Object.entries(json.params)) params[k] = flat(v);
  const input: RunInput = {
    seqLen: c.seq_len,
    batch: c.batch,
    x: flat(json.inputs.x),
    h0: flat(json.inputs.h0),
    c0: json.inputs.c0 ? flat(json.inputs.c0) : undefined,
  };
  return { name: json.name, json, model: { config, params }, input };
}

/** Every fixture file of a folder ('' for the full cases, 'long' for the long ones). */
export function fixturePaths(sub: '' | 'long'): string[] {
  const dir = join(FIXTURE_DIR, sub);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Every array of a trace and its gradients, copied out by name. */
export function snapshot(trace: Trace, grads: Gradients): Map<string, number[]> {
  const out = new Map<string, number[]>();
  trace.layers.forEach((q, k) =>
    Object.entries(q).forEach(([n, a]) => out.set(`t${k}${n}`, [...a])),
  );
  grads.layers.forEach((q, k) =>
    Object.entries(q).forEach(([n, a]) => out.set(`g${k}${n}`, [...a])),
  );
  Object.entries(grads.params).forEach(([n, a]) => out.set(n, [...a]));
  out.set('dx', [...grads.x]);
  out.set('dh0', [...grads.h0]);
  if (grads.c0) out.set('dc0', [...grads.c0]);
  return out;
}
