import { describe, expect, it } from 'vitest';
import { stepTable } from '../../src/store';
import { defaultRun, valuesAt } from '../support/defaultRun';

const rows = (table: ReturnType<typeof stepTable>) =>
  Object.fromEntries(
    table.groups.flatMap((g) => g.rows.map((r) => [r.quantity, r.values && Array.from(r.values)])),
  );

describe('stepTable', () => {
  it('gives x_t, h_{t−1}, c_{t−1} and every value up to the cursor, withholding the rest', () => {
    const trace = defaultRun('lstm');
    const table = stepTable(trace, { t: 4, sub: 1 });
    const r = rows(table);
    expect(table.columns).toBe(4);
    expect(r.x).toEqual([trace.x[4]]);
    expect(r.h_prev).toEqual(valuesAt(trace, 'h', 3));
    expect(r.c_prev).toEqual(valuesAt(trace, 'c', 3));
    for (const q of ['pre_f', 'f', 'pre_i', 'i']) expect(r[q]).toEqual(valuesAt(trace, q, 4));
    for (const q of ['pre_g', 'g', 'pre_o', 'o', 'c', 'tanh_c', 'h']) expect(r[q]).toBeNull();
    expect(table.groups.map((g) => g.status)).toEqual([
      'given',
      'done',
      'current',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
  });

  it('reads the previous state from h0 (and c0) at t = 0', () => {
    const trace = defaultRun('gru');
    const r = rows(stepTable(trace, { t: 0, sub: 3 }));
    expect(r.h_prev).toEqual([0, 0, 0, 0]);
    expect(r.c_prev).toBeUndefined();
    expect(r.h).toEqual(valuesAt(trace, 'h', 0));
  });
});
