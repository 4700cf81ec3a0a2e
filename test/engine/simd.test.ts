import { describe, expect, it } from 'vitest';
import {
  backward,
  createRng,
  initModel,
  jacobianFactors,
  runForward,
  type CellKind,
} from '../../src/engine';
import { useSimd } from '../../src/engine/packed';
import { MODULE_BYTES } from '../../src/engine/simdMatVec';
import { s32, u32 } from '../../src/engine/wasmEncode';
import { snapshot } from './helpers';

/** A two-layer run of `cell`, forward and back, every array copied out by name. */
function runAll(cell: CellKind, simd: boolean): Map<string, number[]> {
  expect(useSimd(simd)).toBe(simd);
  try {
    const rng = createRng(11);
    const [T, B, I, H] = [9, 2, 3, 13];
    const config = { cell, inputSize: I, hiddenSize: H, numLayers: 2, bias: true };
    const model = initModel(config, rng);
    const x = Float64Array.from({ length: T * B * I }, () => rng.normal());
    const dOut = Float64Array.from({ length: T * B * H }, () => rng.normal());
    const trace = runForward(model, { seqLen: T, batch: B, x });
    const out = snapshot(trace, backward(model, trace, dOut));
    if (cell === 'rnn') out.set('jacobian', [...jacobianFactors(model, trace, 1, 1)]);
    return out;
  } finally {
    useSimd(true);
  }
}

describe('the SIMD mat-vec', () => {
  it('is valid WebAssembly, and runs here (Node 20 has SIMD)', () => {
    expect(WebAssembly.validate(MODULE_BYTES)).toBe(true);
    expect(useSimd(true)).toBe(true);
  });

  it.each(['rnn', 'lstm', 'gru'] as const)(
    '%s: forward, BPTT and the Jacobian factors give the scalar loop’s bits',
    (cell) => {
      const simd = runAll(cell, true);
      const scalar = runAll(cell, false);
      expect([...simd.keys()]).toEqual([...scalar.keys()]);
      for (const [name, values] of simd) {
        const want = scalar.get(name) as number[];
        const differ = values.findIndex((v, k) => !Object.is(v, want[k]));
        expect(differ, `${name}[${differ}]: ${values[differ]} vs ${want[differ]}`).toBe(-1);
      }
    },
  );
});

describe('wasmEncode', () => {
  it('writes LEB128 numbers as the spec’s examples', () => {
    expect(u32(0)).toEqual([0x00]);
    expect(u32(127)).toEqual([0x7f]);
    expect(u32(128)).toEqual([0x80, 0x01]);
    expect(u32(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(s32(-1)).toEqual([0x7f]);
    expect(s32(63)).toEqual([0x3f]);
    expect(s32(64)).toEqual([0xc0, 0x00]);
    expect(s32(-123456)).toEqual([0xc0, 0xbb, 0x78]);
  });
});
