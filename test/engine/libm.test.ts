import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exp, expm1, log, powInt, sigmoid, tanh } from '../../src/engine/libm';
import { cos, sin } from '../../src/engine/trig';

/** fdlibm's own results (see test/fixtures/libm/README.md), as [argument, result] bit patterns. */
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/libm/fdlibm.json', import.meta.url), 'utf8'),
) as Record<string, [string, string][]>;

const view = new DataView(new ArrayBuffer(8));
const fromBits = (hex: string) => {
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
};
const toBits = (x: number) => {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
};

const PORTS: Record<string, (x: number) => number> = { exp, expm1, log, tanh, sin, cos };

describe('fdlibm ports: the same bits as fdlibm, in every engine', () => {
  for (const [name, f] of Object.entries(PORTS)) {
    it(`${name} gives fdlibm's bits for all ${fixture[name].length} reference arguments`, () => {
      const wrong = fixture[name]
        .map(([x, want]) => ({ x: fromBits(x), want, got: toBits(f(fromBits(x))) }))
        .filter(({ want, got }) => {
          // Any NaN is NaN: fdlibm's payload bits are not part of the contract.
          const isNaN = (h: string) => Number.isNaN(fromBits(h));
          return isNaN(want) ? !isNaN(got) : got !== want;
        });
      expect(wrong, `${name}: first mismatch at x = ${wrong[0]?.x}`).toEqual([]);
    });
  }

  it('the fixture covers the edges: ±0, ±∞, NaN, overflow, underflow, subnormals', () => {
    const args = fixture.exp.map(([x]) => fromBits(x));
    for (const x of [0, -0, Infinity, -Infinity, 709.79, -745.2]) expect(args).toContain(x);
    expect(args.some(Number.isNaN)).toBe(true);
    expect(fixture.log.map(([x]) => fromBits(x))).toContain(5e-324);
  });

  it('values worked by hand', () => {
    expect(exp(0)).toBe(1);
    expect(exp(1)).toBe(Math.E);
    expect(exp(-Infinity)).toBe(0);
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(expm1(0)).toBe(0);
    expect(Object.is(tanh(-0), -0)).toBe(true);
    expect(tanh(30)).toBe(1);
    expect(tanh(-30)).toBe(-1);
    expect(sin(0)).toBe(0);
    expect(cos(0)).toBe(1);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
  });

  it('sin and cos beyond 2^19·π/2 (never met by the engine) fall back to Math.sin and Math.cos', () => {
    for (const x of [1e7, -3e9, 1e300]) {
      expect(sin(x)).toBe(Math.sin(x));
      expect(cos(x)).toBe(Math.cos(x));
    }
  });
});

describe('powInt: base^n by squaring', () => {
  it('exact where the powers are exact', () => {
    expect(powInt(2, 10)).toBe(1024);
    expect(powInt(0.5, 3)).toBe(0.125);
    expect(powInt(-3, 3)).toBe(-27);
    expect(powInt(0.9, 0)).toBe(1);
    expect(powInt(0.9, 1)).toBe(0.9);
  });

  it("within n ulps of βⁿ for Adam's β₁ and β₂ up to 10 000 steps", () => {
    // Each squaring doubles the relative error of the square before, so up to about n·2^−53;
    // Math.pow (within an ulp of βⁿ in any engine) is the reference.
    for (const beta of [0.9, 0.99, 0.999]) {
      for (const n of [2, 3, 7, 100, 1000, 9999]) {
        const want = Math.pow(beta, n);
        const got = powInt(beta, n);
        expect(Math.abs(got - want), `${beta}^${n}`).toBeLessThanOrEqual(n * 2 ** -52 * want);
      }
    }
  });
});
