import { log } from './libm';
import { cos, sin } from './trig';
/** A seeded source of random numbers; the engine never calls `Math.random`. */
export interface Rng {
  /** A uniform draw from [0, 1) with 53 random bits. */
  next(): number;
  /** A uniform draw from [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** A standard normal draw N(0, 1). */
  normal(): number;
}

/**
 * sfc32 (Chris Doty-Humphrey's small fast counter), seeded through splitmix32 so that nearby
 * seeds give unrelated streams. Same seed, same numbers, in every browser and in Node.
 */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let k = 0; k < 12; k++) u32();

  const next = (): number => ((u32() >>> 5) * 67108864 + (u32() >>> 6)) / 9007199254740992;
  let spare: number | null = null;
  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    normal: () => {
      // Box–Muller; the second value of each pair is kept for the next call.
      if (spare !== null) {
        const v = spare;
        spare = null;
        return v;
      }
      const u = 1 - next();
      const r = Math.sqrt(-2 * log(u));
      const theta = 2 * Math.PI * next();
      spare = r * sin(theta);
      return r * cos(theta);
    },
  };
}
