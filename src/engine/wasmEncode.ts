/**
 * Just enough of the WebAssembly binary format to write one small module by hand: LEB128
 * numbers, sections, and the instructions simdMatVec.ts uses, named as in the text format
 * (https://webassembly.github.io/spec/core/binary/). A module this small needs no toolchain,
 * and its bytes can be read against the spec.
 */

/** An unsigned LEB128 number. */
export function u32(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** A signed LEB128 number. */
export function s32(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** A vector: its length, then its items. */
export const vec = (items: number[][]): number[] => [...u32(items.length), ...items.flat()];

/** A name: its UTF-8 bytes (ASCII here) as a vector. */
export const name = (s: string): number[] => vec([...s].map((c) => [c.charCodeAt(0)]));

/** Section `id` with its body's size before it. */
export const section = (id: number, body: number[]): number[] => [id, ...u32(body.length), ...body];

/** A function's body (its locals and code) with its size before it. */
export const functionBody = (code: number[]): number[] => [...u32(code.length), ...code];

/** The module's header: magic number and version 1. */
export const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

export const SECTION = { type: 1, import: 2, function: 3, export: 7, code: 10 } as const;
export const TYPE = { i32: 0x7f, v128: 0x7b, func: 0x60 } as const;
/** Import and export kinds. */
export const KIND = { func: 0x00, memory: 0x02 } as const;

const simd = (op: number) => [0xfd, ...u32(op)];
/** A memory argument: alignment (log2 bytes) and a constant offset. */
const memarg = (align: number, offset: number) => [...u32(align), ...u32(offset)];

/** The instructions used, in the text format's names (`$` ones take an immediate). */
export const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...u32(depth)],
  brIf: (depth: number) => [0x0d, ...u32(depth)],
  localGet: (i: number) => [0x20, ...u32(i)],
  localSet: (i: number) => [0x21, ...u32(i)],
  localTee: (i: number) => [0x22, ...u32(i)],
  i32Const: (n: number) => [0x41, ...s32(n)],
  i32Eqz: [0x45],
  i32LtU: [0x49],
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32Shl: [0x74],
  /** f64.load with 8-byte alignment. */
  f64Load: (offset: number) => [0x2b, ...memarg(3, offset)],
  /** v128.load and v128.store, promising 8-byte alignment (all a Float64Array has). */
  v128Load: (offset: number) => [...simd(0x00), ...memarg(3, offset)],
  v128Store: (offset: number) => [...simd(0x0b), ...memarg(3, offset)],
  v128Zero: [...simd(0x0c), ...new Array<number>(16).fill(0)],
  f64x2Splat: simd(0x14),
  f64x2Add: simd(0xf0),
  f64x2Mul: simd(0xf2),
} as const;
