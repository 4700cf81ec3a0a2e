import { describe, expect, it } from 'vitest';
import { isNextSubstep } from '../../../src/panels/cellDiagram/flow';
import { focusBox, fullBox } from '../../../src/panels/cellDiagram/focus';
import { LAYOUTS } from '../../../src/panels/cellDiagram/names';

describe('focusBox', () => {
  it('shows each step’s whole region at one aspect, inside the drawing', () => {
    for (const layout of Object.values(LAYOUTS)) {
      const full = fullBox(layout);
      layout.steps.forEach((step, k) => {
        const b = focusBox(layout, k);
        expect(b.h / b.w).toBeCloseTo(0.75, 12);
        expect(b.x).toBeGreaterThanOrEqual(full.x);
        expect(b.y).toBeGreaterThanOrEqual(full.y);
        expect(b.x + b.w).toBeLessThanOrEqual(full.x + full.w + 1e-9);
        expect(b.y + b.h).toBeLessThanOrEqual(full.y + full.h + 1e-9);
        for (const [x, y] of step.outline) {
          expect(x).toBeGreaterThanOrEqual(b.x);
          expect(x).toBeLessThanOrEqual(b.x + b.w);
          expect(y).toBeGreaterThanOrEqual(b.y);
          expect(y).toBeLessThanOrEqual(b.y + b.h);
        }
      });
    }
  });
});

describe('isNextSubstep', () => {
  it('is true for one sub-step forward, across a time-step boundary too', () => {
    expect(isNextSubstep({ t: 2, sub: 1 }, { t: 2, sub: 2 }, 6)).toBe(true);
    expect(isNextSubstep({ t: 2, sub: 5 }, { t: 3, sub: 0 }, 6)).toBe(true);
    expect(isNextSubstep({ t: 2, sub: 0 }, { t: 3, sub: 0 }, 1)).toBe(true);
  });

  it('is false for any other move', () => {
    expect(isNextSubstep({ t: 2, sub: 2 }, { t: 2, sub: 1 }, 6)).toBe(false);
    expect(isNextSubstep({ t: 2, sub: 2 }, { t: 3, sub: 2 }, 6)).toBe(false);
    expect(isNextSubstep({ t: 2, sub: 2 }, { t: 3, sub: 0 }, 6)).toBe(false);
    expect(isNextSubstep({ t: 2, sub: 2 }, { t: 2, sub: 4 }, 6)).toBe(false);
  });
});
