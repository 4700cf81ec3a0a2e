import { describe, expect, it } from 'vitest';
import {
  contributionSentence,
  gatePathSentence,
  gatePathSummary,
  measuredFactors,
  rnnWhySentence,
  rnnWhySummary,
} from '../../src/store/whyItHappens';

describe('measuredFactors(norms, ‖∂L/∂h0‖)', () => {
  it('is ‖g_{t−1}‖ / ‖g_t‖, and ‖∂L/∂h0‖ / ‖g_0‖ at t = 0', () => {
    expect(Array.from(measuredFactors([0.25, 0.5, 1], 0.05))).toEqual([0.2, 0.5, 0.5]);
  });
});

describe('rnnWhySummary(norms, bounds) and rnnWhySentence', () => {
  it('averages the measured factor geometrically over the T − 1 steps back', () => {
    // ‖g_0‖/‖g_2‖ = 0.25 over 2 steps: 0.5 per step; bounds 1.5 · 1.5 after t = 0.
    const s = rnnWhySummary([0.25, 0.5, 1], [9, 1.5, 1.5]);
    expect(s.steps).toBe(2);
    expect(s.total).toBe(0.25);
    expect(s.measuredMean).toBeCloseTo(0.5, 15);
    expect(s.boundMean).toBeCloseTo(1.5, 15);
    expect(rnnWhySentence(s, 'last')).toBe(
      'Each step back multiplies the gradient by the measured factor ‖∂L/∂h_(t−1)‖ / ‖∂L/∂h_t‖, ' +
        'which can never exceed the bound ‖diag(1 − h_t²) W_hh‖, the Jacobian’s norm. ' +
        'Here it averages 0.5 per step (geometric mean), below 1, so after 2 steps 0.25 of the ' +
        'gradient is left. The bound is above 1, but the gradient does not line up with the ' +
        'direction W_hh stretches most, so it shrinks all the same.',
    );
  });

  it('says the gradient has to vanish when even the bound is below 1', () => {
    const s = rnnWhySummary([0.01, 0.1, 1], [1, 0.2, 0.3]);
    expect(rnnWhySentence(s, 'last')).toMatch(
      /Even the bound is below 1: the gradient has to vanish\.$/,
    );
  });

  it('says the gradient grows when the factor is above 1', () => {
    const s = rnnWhySummary([400, 20, 1], [1, 25, 25]);
    expect(rnnWhySentence(s, 'last')).toContain(
      'Here it averages 20 per step (geometric mean), above 1, so after 2 steps the gradient is ' +
        '400 times larger.',
    );
  });

  it('does not claim the bound with the loss on every step, nor without bounds', () => {
    const s = rnnWhySummary([0.25, 0.5, 1], [9, 1.5, 1.5]);
    expect(rnnWhySentence(s, 'every')).toContain('each step also adds its own gradient');
    expect(rnnWhySentence(s, 'every')).not.toContain('The bound');
    expect(rnnWhySentence(rnnWhySummary([0.25, 0.5, 1], []), 'last')).not.toContain('The bound');
  });
});

describe('gatePathSummary(gate, pathNorm, fullNorm, H) and gatePathSentence', () => {
  // T = 3, H = 2; the gate at t = 0 is not on the path back from t = 2.
  const gate = [0.1, 0.2, 0.5, 0.5, 0.9, 0.9];

  it('averages the gate over t = 1 … T − 1 and takes both ratios first / last', () => {
    const s = gatePathSummary(gate, [0.2, 0.5, 1], [0.4, 0.6, 1], 2);
    expect(s.meanGate).toBeCloseTo((0.5 + 0.5 + 0.9 + 0.9) / 4, 15);
    expect(s.carried).toBe(0.2);
    expect(s.full).toBe(0.4);
    expect(s.steps).toBe(2);
    expect(gatePathSentence('f', s)).toBe(
      'Along the path c_t = f_t ⊙ c_(t−1) + i_t ⊙ g_t, each step back multiplies ∂L/∂c by the ' +
        'forget gate f_t. Here it averages 0.7, so the gate path alone brings 0.2 of ' +
        '‖∂L/∂c_2‖ back to t = 0, and the full gradient (BPTT) follows it.',
    );
  });

  it('says when the full gradient keeps more (other paths add) or less (they cancel)', () => {
    const more = gatePathSummary(gate, [0.01, 0.1, 1], [2, 1, 1], 2);
    expect(gatePathSentence('z', more)).toBe(
      'Along the path h_t = z_t ⊙ h_(t−1) + (1 − z_t) ⊙ n_t, each step back multiplies ∂L/∂h by ' +
        'the update gate z_t. Here it averages 0.7, so the gate path alone brings 0.01 of ' +
        '‖∂L/∂h_2‖ back to t = 0. The full gradient (BPTT) keeps 2: more, because the gradient ' +
        'also flows back through h and the gates.',
    );
    const less = gatePathSummary(gate, [0.5, 0.7, 1], [0.01, 0.1, 1], 2);
    expect(gatePathSentence('f', less)).toMatch(
      /keeps 0\.01: less, because .* partly cancel it\.$/,
    );
  });
});

describe('contributionSentence(values)', () => {
  it('counts the steps below 1e-6 of the largest share', () => {
    expect(contributionSentence([0, 1e-9, 2, 0.5])).toBe(
      '2 of 4 steps contribute less than 10⁻⁶ of the largest share (t = 2): W_hh cannot learn ' +
        'from what happened there.',
    );
  });

  it('otherwise names the smallest share relative to the largest', () => {
    expect(contributionSentence([0.5, 2, 1])).toBe(
      'Every step contributes at least 10⁻⁶ of the largest share (t = 1); the smallest, at ' +
        't = 0, is 0.25 of it.',
    );
  });

  it('reports an overflow and an all-zero gradient', () => {
    expect(contributionSentence([Infinity, 1])).toBe(
      'The share of step t = 0 is too large for a 64-bit float: it overflowed.',
    );
    expect(contributionSentence([0, 0])).toBe('No step contributes: ∂L/∂W_hh is zero.');
  });
});
