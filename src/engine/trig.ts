/**
 * sin x and cos x: ports of fdlibm's s_sin.c and s_cos.c with their kernels and the argument
 * reduction of e_rem_pio2.c, as V8 carries them in src/base/ieee754.cc, for the same bits in
 * every engine (see libm.ts for why).
 *
 * fdlibm reduces |x| beyond 2^19·π/2 with a multi-precision π (Payne–Hanek). The engine never
 * takes a sine that large (its angles are below 2π, its sine tasks' below a few thousand), so
 * that part is not ported: there these fall back to Math.sin and Math.cos.
 */
import { fromWords, highWord } from './libm';

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;

/** sin(x + y) for |x| ≤ π/4, y the tail of x (when `tail`). fdlibm's __kernel_sin. */
function kernelSin(x: number, y: number, tail: boolean): number {
  if ((highWord(x) & 0x7fffffff) < 0x3e400000 && (x | 0) === 0) return x; // |x| < 2^−27
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (!tail) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.0875723212981748279e-9;
const C6 = -1.13596475577881948265e-11;

/** cos(x + y) for |x| ≤ π/4, y the tail of x. fdlibm's __kernel_cos. */
function kernelCos(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000 && (x | 0) === 0) return 1; // |x| < 2^−27
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
  // |x|/4 with its low word cleared (fdlibm's qx), or 0.28125 above 0.78125.
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
  const hz = 0.5 * z - qx;
  const a = 1 - qx;
  return a - (hz - (z * r - x * y));
}

const INV_PIO2 = 6.36619772367581382433e-1;
const PIO2_1 = 1.57079632673412561417;
const PIO2_1T = 6.07710050650619224932e-11;
const PIO2_2 = 6.0771005063039659766e-11;
const PIO2_2T = 2.02226624879595063154e-21;
const PIO2_3 = 2.0222662487111664558e-21;
const PIO2_3T = 8.47842766036889956997e-32;

/** Upper words of n·π/2 for n = 1 … 32 (fdlibm's npio2_hw). */
const NPIO2_HW = [
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb,
  0x402c463a, 0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb,
  0x403ab41b, 0x403c463a, 0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c,
  0x4043a28c, 0x40446b9c, 0x404534ac, 0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
];

/** x = n·π/2 + (y0 + y1) with |y0 + y1| ≤ π/4, for π/4 < |x| ≤ 2^19·π/2: fdlibm's rem_pio2. */
function remPio2(x: number, y: Float64Array): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x4002d97c) {
    // |x| < 3π/4: n = ±1
    const sign = hx > 0 ? 1 : -1;
    let z = x - sign * PIO2_1;
    if (ix !== 0x3ff921fb) {
      y[0] = z - sign * PIO2_1T;
      y[1] = z - y[0] - sign * PIO2_1T;
    } else {
      // x near ±π/2: 33 more bits of π/2
      z -= sign * PIO2_2;
      y[0] = z - sign * PIO2_2T;
      y[1] = z - y[0] - sign * PIO2_2T;
    }
    return sign;
  }
  const t = Math.abs(x);
  const n = (t * INV_PIO2 + 0.5) | 0;
  const fn = n;
  let r = t - fn * PIO2_1;
  let w = fn * PIO2_1T; // good to 85 bits
  y[0] = r - w;
  if (!(n < 32 && ix !== NPIO2_HW[n - 1])) {
    // Cancellation may have eaten bits: subtract more of π/2 while it did.
    const j = ix >> 20;
    if (j - ((highWord(y[0]) >> 20) & 0x7ff) > 16) {
      let u = r;
      w = fn * PIO2_2;
      r = u - w;
      w = fn * PIO2_2T - (u - r - w);
      y[0] = r - w; // good to 118 bits
      if (j - ((highWord(y[0]) >> 20) & 0x7ff) > 49) {
        u = r;
        w = fn * PIO2_3;
        r = u - w;
        w = fn * PIO2_3T - (u - r - w);
        y[0] = r - w; // good to 151 bits
      }
    }
  }
  y[1] = r - y[0] - w;
  if (hx < 0) {
    y[0] = -y[0];
    y[1] = -y[1];
    return -n;
  }
  return n;
}

/** Beyond this (2^19·π/2), fdlibm needs the part not ported. */
const MEDIUM = fromWords(0x413921fc, 0);
/** π/4, as fdlibm compares it: |x| < fromWords(0x3fe921fc, 0). */
const PIO4 = fromWords(0x3fe921fc, 0);
const reduced = new Float64Array(2);

/** sin x: fdlibm's s_sin.c. */
export function sin(x: number): number {
  const ax = Math.abs(x);
  if (ax < PIO4) return kernelSin(x, 0, false);
  if (!(ax < MEDIUM)) return x !== x || ax === Infinity ? NaN : Math.sin(x);
  const n = remPio2(x, reduced);
  const [y0, y1] = reduced;
  switch (n & 3) {
    case 0:
      return kernelSin(y0, y1, true);
    case 1:
      return kernelCos(y0, y1);
    case 2:
      return -kernelSin(y0, y1, true);
    default:
      return -kernelCos(y0, y1);
  }
}

/** cos x: fdlibm's s_cos.c. */
export function cos(x: number): number {
  const ax = Math.abs(x);
  if (ax < PIO4) return kernelCos(x, 0);
  if (!(ax < MEDIUM)) return x !== x || ax === Infinity ? NaN : Math.cos(x);
  const n = remPio2(x, reduced);
  const [y0, y1] = reduced;
  switch (n & 3) {
    case 0:
      return kernelCos(y0, y1);
    case 1:
      return -kernelSin(y0, y1, true);
    case 2:
      return -kernelCos(y0, y1);
    default:
      return kernelSin(y0, y1, true);
  }
}
