import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  modelProblemText,
  readModelFile,
  type ImportResult,
} from '../../src/store';
import { fixturePaths, flat } from '../engine/helpers';
import { omit, stateDict } from '../engine/interop-builders';

const CELLS: Record<string, string> = { lstm: 'lstm', gru: 'gru', rnn_tanh: 'rnn' };

function loaded(result: ImportResult) {
  if (!result.ok) throw new Error(modelProblemText(result.problem, 'en'));
  return result.loaded;
}

function message(result: ImportResult): string {
  if (result.ok) throw new Error('the file was accepted');
  return modelProblemText(result.problem, 'en');
}

/** Every entry equal bit for bit (Object.is, so −0 ≠ 0 and NaN = NaN). */
function expectSameBits(actual: Float64Array, expected: Float64Array, what: string) {
  expect(actual.length, what).toBe(expected.length);
  const differs = Array.from(expected).findIndex((v, k) => !Object.is(actual[k], v));
  expect(differs, `${what}: first differing entry`).toBe(-1);
}

describe('readModelFile: every reference fixture', () => {
  for (const path of [...fixturePaths(''), ...fixturePaths('long')]) {
    const json = JSON.parse(readFileSync(path, 'utf8'));
    const name = path.split('/').pop();
    const prefix = json.config.cell === 'rnn_tanh' ? 'rnn.' : `${json.config.cell}.`;
    const forms: [string, unknown][] = [
      ['the fixture file', json],
      ['its bare params map', json.params],
      [
        `its params with the prefix ${prefix}`,
        Object.fromEntries(Object.entries(json.params).map(([k, v]) => [prefix + k, v])),
      ],
    ];
    for (const [form, value] of forms) {
      it(`readModelFile(…) reads ${form} of ${name} to the fixture's shapes and numbers`, () => {
        const m = loaded(
          readModelFile(JSON.stringify(value), { kind: 'file', name: 'fixture.json' }),
        );
        expect(m.model.config).toEqual({
          cell: CELLS[json.config.cell],
          inputSize: json.config.input_size,
          hiddenSize: json.config.hidden_size,
          numLayers: json.config.num_layers,
          bias: json.config.bias,
        });
        for (const [key, v] of Object.entries(json.params)) {
          expectSameBits(m.model.params[key], flat(v), key);
        }
      });
    }
  }

  it('readModelFile(…) keeps the file’s inputs and loss inputs', () => {
    const json = JSON.parse(readFileSync(fixturePaths('')[0], 'utf8'));
    const m = loaded(readModelFile(JSON.stringify(json), { kind: 'file', name: 'f.json' }));
    expect(m.inputs?.seqLen).toBe(json.config.seq_len);
    expect(m.inputs?.batch).toBe(json.config.batch);
    expectSameBits(m.inputs!.x, flat(json.inputs.x), 'x');
    expectSameBits(m.inputs!.h0!, flat(json.inputs.h0), 'h0');
    expectSameBits(m.loss!.target!, flat(json.loss.target), 'target');
    expect(m.origin).toEqual({ kind: 'file', name: 'f.json' });
  });
});

describe('readModelFile: what it refuses, naming the key', () => {
  const lstm = () => stateDict(4, 1, 2, 1);

  it('readModelFile(…) refuses text that is not JSON', () => {
    expect(message(readModelFile('{"weight_ih_l0": [[1, 2]', { kind: 'file', name: 'f' }))).toMatch(
      /line 1/,
    );
  });

  it('readModelFile(…) names a tensor of the wrong shape', () => {
    const sd = { ...lstm(), bias_hh_l0: [1, 2, 3] };
    expect(message(readModelFile(JSON.stringify(sd), { kind: 'file', name: 'f' }))).toMatch(
      /^bias_hh_l0 .*shape/,
    );
  });

  it('readModelFile(…) names the entry that is NaN', () => {
    const text = JSON.stringify(lstm()).replace(
      /"weight_hh_l0":\[\[[^,\]]+/,
      '"weight_hh_l0":[[NaN',
    );
    expect(message(readModelFile(text, { kind: 'file', name: 'f' }))).toMatch(
      /^weight_hh_l0\[0\]\[0\] .*NaN/,
    );
  });

  it('readModelFile(…) names an unknown key', () => {
    const sd = { ...lstm(), weight_xx_l0: [[1]] };
    expect(message(readModelFile(JSON.stringify(sd), { kind: 'file', name: 'f' }))).toMatch(
      /^weight_xx_l0 is not a parameter/,
    );
  });

  it('readModelFile(…) names a missing key', () => {
    const sd = omit(lstm(), 'bias_hh_l0');
    expect(message(readModelFile(JSON.stringify(sd), { kind: 'file', name: 'f' }))).toMatch(
      /^bias_hh_l0 is missing/,
    );
  });

  it(`readModelFile(…) refuses text over ${MAX_IMPORT_BYTES / 2 ** 20} MB before parsing it`, () => {
    const huge = ' '.repeat(MAX_IMPORT_BYTES + 2 ** 20);
    expect(message(readModelFile(huge, { kind: 'file', name: 'f' }))).toBe(
      'The file is 21.0 MB; at most 20.0 MB can be imported.',
    );
  });
});

describe('readModelFile: a whole model with an nn.Linear head', () => {
  it('loads the recurrent module and keeps the head as the readout keys for export', () => {
    const module = Object.fromEntries(
      Object.entries(stateDict(3, 2, 4, 1)).map(([k, v]) => [`gru.${k}`, v]),
    );
    const fc = {
      'fc.weight': [
        [1, 2, 3, 4],
        [5, 6, 7, 8],
      ],
      'fc.bias': [0.5, -0.5],
    };
    const result = loaded(
      readModelFile(JSON.stringify({ ...module, ...fc }), { kind: 'file', name: 'net.json' }),
    );
    expect(result.model.config).toMatchObject({ cell: 'gru', inputSize: 2, hiddenSize: 4 });
    expect(result.extra).toEqual({
      'readout.weight': fc['fc.weight'],
      'readout.bias': fc['fc.bias'],
    });
  });
});
