import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectClose, FIXTURE_DIR, flat } from '../engine/helpers';

const ROOT = join(__dirname, '..', '..');
const run = (file: string) =>
  spawnSync('npm', ['run', '--silent', 'trace', '--', file], { cwd: ROOT, encoding: 'utf8' });

describe('npm run --silent trace -- FILE.json', () => {
  it('prints the fixture layout for a 2-layer LSTM, matching PyTorch to 1e-9', () => {
    const file = join(FIXTURE_DIR, 'lstm_L2_I3_H5_T7_B2_s2.json');
    const want = JSON.parse(readFileSync(file, 'utf8'));
    const out = execFileSync('npm', ['run', '--silent', 'trace', '--', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const got = JSON.parse(out);
    expectClose(flat(got.forward.output), flat(want.forward.output), 'output');
    expectClose(flat(got.forward.layers[0].tanh_c), flat(want.forward.layers[0].tanh_c), 'tanh_c');
    expectClose(got.loss.L_sum, want.loss.L_sum, 'L_sum');
    expectClose(
      flat(got.grads.L_last.params.weight_hh_l1),
      flat(want.grads.L_last.params.weight_hh_l1),
      'dW',
    );
    expectClose(flat(got.grads.L_sum.c0), flat(want.grads.L_sum.c0), 'dc0');
    expectClose(got.grad_norms.L_last.c, want.grad_norms.L_last.c, 'norms c');
  }, 30000);

  it('exits non-zero with one stderr line naming the field for bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trace-'));
    const cases: [string, string][] = [
      [
        '{"params": {"weight_ih_l0": [[1, 2]], "weight_hh_l0": [[1]]}, "inputs": {"x": [[[1]]]}}',
        'inputs.x',
      ],
      [
        '{"params": {"weight_ih_l0": [[1]], "weight_hh_l0": [["a"]]}, "inputs": {"x": [[[1]]]}}',
        'weight_hh_l0[0][0]',
      ],
      ['{"weight_ih_l0": [[1]], "weight_hh_l0": [[1]]}', 'inputs.x'],
      ['{"params": ', 'JSON'],
    ];
    cases.forEach(([text, field], k) => {
      const file = join(dir, `bad${k}.json`);
      writeFileSync(file, text);
      const r = run(file);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(field);
    });
  }, 60000);
});
