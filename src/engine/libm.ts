/**
 * e^x, e^x − 1, ln x, tanh x and σ(x) in plain arithmetic: ports of fdlibm (Sun's freely
 * distributable libm, as V8 carries it in src/base/ieee754.cc), giving the same bits as its C;
 * and whole powers by squaring. (sin and cos are in trig.ts.)
 *
 * Why not Math.exp and friends: JavaScript leaves their last bits to each engine, and engines
 * differ. Chromium 156 and Node 20 disagree on Math.exp for about 8 % of arguments, on Math.log
 * for 6 %, on Math.pow for 7 % (Adam's β^t). A run that amplifies rounding (an RNN trained
 * with exploding gradients) then ends differently in the browser than in the tests that check
 * what the app says about it. With these, a seed gives the same numbers in every engine.
 * (Node 20's Math functions are fdlibm's, so its numbers are unchanged.)
 *
 * fdlibm reads and writes the two 32-bit halves of a double; here comparisons with exact
 * thresholds and multiplications by exact powers of two do the same where the code is hot,
 * and a DataView where it is not.
 */

const words = new DataView(new ArrayBuffer(8));

/** The upper 32 bits of x's IEEE 754 encoding (sign, exponent, top of the mantissa), signed. */
export function highWord(x: number): number {
  words.setFloat64(0, x);
  return words.getInt32(0);
}

/** The double whose encoding has upper word `hi` and lower word `lo`. */
export function fromWords(hi: number, lo: number): number {
  words.setInt32(0, hi);
  words.setUint32(4, lo);
  return words.getFloat64(0);
}

/**
 * 2^k for |k| ≤ 1074 at POW2[k + 1074] (2^k for k < −1022 is subnormal), by halving and
 * doubling 1, which is exact (unlike Math.pow, whose last bits are the engine's).
 */
const POW2 = new Float64Array(2 * 1074 + 1);
POW2[1074] = 1;
for (let k = 1; k <= 1074; k++) {
  POW2[1074 + k] = POW2[1073 + k] * 2;
  POW2[1074 - k] = POW2[1075 - k] / 2;
}

// The thresholds fdlibm tests on the upper word of |x| (hx ≥ W ⟺ |x| ≥ fromWords(W, 0)).
/** |x| ≥ 709.78…: e^x may overflow. */
const EXP_BIG = fromWords(0x40862e42, 0);
/** |x| > ½ ln 2 */
const HALF_LN2 = fromWords(0x3fd62e43, 0);
/** |x| < 1.5 ln 2 */
const THREE_HALVES_LN2 = fromWords(0x3ff0a2b2, 0);
/** 2^−28 */
const TINY_28 = fromWords(0x3e300000, 0);
/** |x| ≥ 56 ln 2: e^x − 1 is e^x, or −1. */
const EXPM1_BIG = fromWords(0x4043687a, 0);
/** 2^−54 */
const TINY_54 = fromWords(0x3c900000, 0);

const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.4513321910194110842e2;
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const TWO_1023 = POW2[1074 + 1023];

const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;

/** fdlibm's c(r) = r − r²·P(r²) on |r| ≤ ½ ln 2, from which e^r = 1 − (r·c / (c − 2) − r). */
function expRemez(r: number): number {
  const t = r * r;
  return r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
}

/**
 * e^x: fdlibm's e_exp.c, as V8's ieee754::exp (with its exact e^1). The arguments the cells
 * meet take one path with no branch on x's sign or size (see `exp`); the rest take fdlibm's.
 */
function expFdlibm(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < EXP_BIG)) {
    if (x !== x) return x + x;
    if (ax === Infinity) return x > 0 ? x : 0;
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (ax >= HALF_LN2) {
    if (ax < THREE_HALVES_LN2) {
      if (x === 1) return Math.E;
      if (x > 0) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = (INV_LN2 * x + (x < 0 ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI; // exact
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (ax < TINY_28) {
    return 1 + x;
  }
  const c = expRemez(x);
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k === 1024) return y * 2 * TWO_1023;
  // fdlibm adds k to y's exponent, exactly; below 2^−1021 it adds k + 1000 and then scales by
  // 2^−1000, the one rounding (into the subnormals).
  return k >= -1021 ? y * POW2[k + 1074] : y * POW2[k + 1000 + 1074] * POW2[1074 - 1000];
}

/** Below this, e^x needs none of fdlibm's care at the top and bottom of the range. */
const EXP_PLAIN = 700;

/**
 * e^x, the same bits as fdlibm's (`expFdlibm`), in two short paths for 2^−28 ≤ |x| < 700,
 * x ≠ 1: below ½ ln 2 fdlibm's k = 0 formula; above it, its two reductions are one, with k =
 * x / ln 2 rounded half away from zero (its |x| < 1.5 ln 2 case is the general one with k = ±1)
 * and no branch on x's sign. The rest take fdlibm's own path. The tests compare all of them.
 */
export function exp(x: number): number {
  const ax = Math.abs(x);
  if (ax < HALF_LN2 && ax >= TINY_28) {
    const c = expRemez(x);
    return 1 - ((x * c) / (c - 2) - x);
  }
  if (!(ax < EXP_PLAIN) || ax < TINY_28 || x === 1) return expFdlibm(x);
  const m = (INV_LN2 * ax + 0.5) | 0;
  const k = m - 2 * m * +(x < 0);
  const hi = x - k * LN2_HI; // exact
  const lo = k * LN2_LO;
  const r = hi - lo;
  const c = expRemez(r);
  return (1 - (lo - (r * c) / (2 - c) - hi)) * POW2[k + 1074];
}

const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;

/** fdlibm's correction e for e^x − 1 on |x| ≤ ½ ln 2, given hxs = x²/2. */
function expm1Correction(x: number, hxs: number): number {
  const hfx = 0.5 * x;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const t = 3 - r1 * hfx;
  return hxs * ((r1 - t) / (6 - x * t));
}

/** e^x − 1 for |x| < ½ ln 2: fdlibm's k = 0 case. */
function expm1Small(x: number): number {
  const hxs = x * (0.5 * x);
  return x - (x * expm1Correction(x, hxs) - hxs);
}

/** expm1Reduced's x and c, then its result: kept out of calls (see tanhSlot). */
const expm1Slot = new Float64Array(2);

/**
 * fdlibm's e^x − 1 after its argument reduction x₀ = k ln 2 + x (c: the rounding error of x):
 * the rational approximation on |x| ≤ ½ ln 2, then scaled back by 2^k. Reads x and c from
 * expm1Slot[0] and [1] and writes the result to expm1Slot[0].
 */
function expm1Reduced(k: number): void {
  const x = expm1Slot[0];
  const c = expm1Slot[1];
  const hxs = x * (0.5 * x);
  if (k === 0) {
    expm1Slot[0] = x - (x * expm1Correction(x, hxs) - hxs); // expm1Small(x)
    return;
  }
  const e = x * (expm1Correction(x, hxs) - c) - c - hxs;
  let y: number;
  if (k === -1) y = 0.5 * (x - e) - 0.5;
  else if (k === 1) y = x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e);
  else if (k <= -2 || k > 56) {
    const y1 = 1 - (e - x);
    y = (k === 1024 ? y1 * 2 * TWO_1023 : y1 * POW2[k + 1074]) - 1;
  } else if (k < 20) y = (1 - POW2[1074 - k] - (e - x)) * POW2[k + 1074];
  else y = (x - (e + POW2[1074 - k]) + 1) * POW2[k + 1074];
  expm1Slot[0] = y;
}

/** e^x − 1 from the reduced argument r = hi − lo and k (see expm1Reduced). */
function expm1From(hi: number, lo: number, k: number): number {
  const r = hi - lo;
  expm1Slot[0] = r;
  expm1Slot[1] = hi - r - lo;
  expm1Reduced(k);
  return expm1Slot[0];
}

/** e^x − 1, accurate for small x: fdlibm's s_expm1.c, as V8's ieee754::expm1. */
export function expm1(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < EXPM1_BIG)) {
    if (!(ax < EXP_BIG)) {
      if (x !== x) return x + x;
      if (ax === Infinity) return x > 0 ? x : -1;
      if (x > O_THRESHOLD) return Infinity;
    }
    if (x < 0) return -1;
  }
  if (ax < HALF_LN2) return ax < TINY_54 ? x : expm1Small(x);
  let hi: number;
  let lo: number;
  let k: number;
  if (ax < THREE_HALVES_LN2) {
    k = x > 0 ? 1 : -1;
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
  } else {
    k = (INV_LN2 * x + (x < 0 ? -0.5 : 0.5)) | 0;
    hi = x - k * LN2_HI; // exact
    lo = k * LN2_LO;
  }
  return expm1From(hi, lo, k);
}

/**
 * Where tanh's numbers cross calls: `tanh` hands its argument and result to `tanhInto` here, and
 * `tanhInto` the rarer arguments to `tanhReduced`. A double passed to or returned from a call
 * that V8 has not inlined becomes a new heap number: one or two per element of a cell's tanh
 * were most of the garbage of a lab drag (the collector paused 3 ms every dozen inputs).
 */
const scalarSlot = new Float64Array(1);
const tanhSlot = new Float64Array(1);

/** 22, past which tanh rounds to ±1. */
const TANH_BIG = fromWords(0x40360000, 0);

/** tanh x (see `tanhInto`). */
export function tanh(x: number): number {
  scalarSlot[0] = x;
  tanhInto(scalarSlot, scalarSlot, 0, 1);
  return scalarSlot[0];
}

/**
 * out[j] = tanh v[j] for o ≤ j < o + n: fdlibm's s_tanh.c, as V8's ieee754::tanh:
 * 1 − 2 / (e^(2|x|) + 1) from |x| = 1 on, −m / (m + 2) with m = e^(−2|x|) − 1 below. The commonest
 * arguments (2^−28 ≤ |x| < ¾ ln 2, where fdlibm's m takes k = 0 or −1) take one path with no
 * branch on x's sign or size: fdlibm's k = 0 and k = −1 formulas are one, 2^k·(r − e) + (2^k − 1),
 * which gives each one's bits (with k = 0: r − e, c = 0; with k = −1: ½(r − e) − ½). A branch at
 * fdlibm's ¼ ln 2, which the cells' values fall on both sides of at random, was mispredicted
 * often. The rest take `tanhReduced`. Its numbers stay in arrays (see tanhSlot).
 */
export function tanhInto(v: Float64Array, out: Float64Array, o: number, n: number): void {
  for (let j = o; j < o + n; j++) {
    const x = v[j];
    const ax = Math.abs(x);
    const y = -2 * ax;
    if (!(-y < THREE_HALVES_LN2) || ax < TINY_28) {
      tanhSlot[0] = x;
      tanhReduced();
      out[j] = tanhSlot[0];
      continue;
    }
    const k = -+(-y >= HALF_LN2);
    const hi = y - k * LN2_HI; // exact
    const lo = k * LN2_LO;
    const r = hi - lo;
    const c = hi - r - lo;
    const hxs = r * (0.5 * r);
    const e = r * (expm1Correction(r, hxs) - c) - c - hxs;
    const s = 1 + 0.5 * k; // 2^k for k ∈ {0, −1}
    const m = s * (r - e) + (s - 1);
    out[j] = (-m / (m + 2)) * (1 - 2 * +(x < 0)); // ± without a branch on the sign
  }
}

/**
 * tanhSlot[0] = tanh(tanhSlot[0]) for |x| ≥ ¾ ln 2 (or < 2^−28, or not finite): fdlibm's
 * other cases.
 */
function tanhReduced(): void {
  const x = tanhSlot[0];
  const ax = Math.abs(x);
  if (!(ax < TANH_BIG)) {
    tanhSlot[0] = x !== x ? x : x < 0 ? -1 : 1; // fdlibm: ±(1 − tiny)
    return;
  }
  if (ax < TINY_28) return;
  let z: number;
  if (ax >= 1) {
    const y = 2 * ax; // in [2, 44): k ≥ 3
    const k = (INV_LN2 * y + 0.5) | 0;
    const hi = y - k * LN2_HI;
    const lo = k * LN2_LO;
    z = 1 - 2 / (expm1From(hi, lo, k) + 2);
  } else {
    // e^y − 1 for y = −2|x| < 0, reduced as `expm1` reduces it (fdlibm's k = −1 case below
    // 1.5 ln 2 is its general one with k = −1).
    const y = -2 * ax;
    const k = -((INV_LN2 * -y + 0.5) | 0);
    const hi = y - k * LN2_HI;
    const lo = k * LN2_LO;
    const m = expm1From(hi, lo, k);
    z = -m / (m + 2);
  }
  tanhSlot[0] = x < 0 ? -z : z;
}

/** σ(v) = 1 / (1 + e^(−v)), PyTorch's sigmoid. */
export function sigmoid(v: number): number {
  return 1 / (1 + exp(-v));
}

const TWO54 = 1.8014398509481984e16;
const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** ln x: fdlibm's e_log.c, as V8's ieee754::log. */
export function log(x: number): number {
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^−1022: ±0, negative, or subnormal
    if (x === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  // x (or x/2) normalised into [√½, √2): its mantissa with the exponent of 1 (or ½).
  words.setFloat64(0, x);
  words.setInt32(0, hx | (i ^ 0x3ff00000));
  x = words.getFloat64(0);
  k += i >> 20;
  const f = x - 1;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // −2^−20 ≤ f < 2^−20
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const r = f * f * (0.5 - 0.3333333333333333 * f);
    return k === 0 ? f - r : dk * LN2_HI - (r - dk * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + R));
    return dk * LN2_HI - (hfsq - (s * (hfsq + R) + dk * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - R);
  return dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}

/**
 * base^n for a whole number n ≥ 0, by repeated squaring: the same bits in every engine (unlike
 * Math.pow), within about log₂ n roundings of the true power.
 */
export function powInt(base: number, n: number): number {
  let result = 1;
  let square = base;
  for (let m = n; m > 0; m = Math.floor(m / 2)) {
    if (m % 2 === 1) result *= square;
    square *= square;
  }
  return result;
}
