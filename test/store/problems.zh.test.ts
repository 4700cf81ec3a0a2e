import { describe, expect, it } from 'vitest';
import { parseWeightsJson, type InteropProblem } from '../../src/engine';
import {
  fileProblemText,
  inputNoticeText,
  modelProblemText,
  originText,
  settingsProblemText,
  type InputNotice,
  type ModelProblem,
  type SettingsProblem,
} from '../../src/store';
import { failureText, issueText } from '../../src/store/training';
import { englishWords } from '../support/englishWords';
import { matrix, omit, stateDict, tensor3, vector } from '../engine/interop-builders';

const HAN = /\p{Script=Han}/u;

/** The problem the engine reports for a file (as text, or as a value written out as JSON). */
function problemOf(file: unknown): { path: string; problem: InteropProblem } {
  const result = parseWeightsJson(typeof file === 'string' ? file : JSON.stringify(file));
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error;
}

const lstm = () => stateDict(4, 3, 4, 2);
const gru = () => stateDict(3, 2, 3, 1);
const W = (set: (w: unknown[][]) => void) => {
  const w = matrix(16, 3) as unknown[][];
  set(w);
  return w;
};

/** A broken file for every kind of import problem (the record makes the list exhaustive). */
const FILES: Record<InteropProblem['kind'], unknown[]> = {
  empty: [''],
  json: [
    '{"a": 1} x',
    '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
    '{"a": ',
    '{"a": @}',
    "{'a': 1}",
    '{"a" 1}',
    '{"a": [1',
    '{"a": {"b": 1',
    '{"a": [1 2]}',
    '{"a": 1 "b": 2}',
    '{"a": "b',
    '{"a": "b\nc"}',
    '{"a": "\\q"}',
    '{"a": -}',
  ],
  unreadable: [],
  notObject: ['[1, 2]', '"abc"', 'null', '3'],
  notSection: [{ params: [[1]] }, { params: gru(), inputs: [1] }, { params: gru(), loss: 'x' }],
  relu: [
    { params: gru(), config: { nonlinearity: 'relu' } },
    { params: gru(), config: { cell: 'rnn_relu' } },
  ],
  batchFirst: [{ params: gru(), config: { batch_first: true }, inputs: { x: tensor3(2, 1, 2) } }],
  missingX: [{ params: gru(), inputs: { h0: [[[0, 0, 0]]] } }],
  inputWidth: [{ params: gru(), inputs: { x: tensor3(4, 2, 5) } }],
  c0NotLstm: [
    { params: gru(), inputs: { x: tensor3(2, 1, 2), c0: tensor3(1, 1, 3) } },
    { params: stateDict(1, 2, 3, 1), inputs: { x: tensor3(2, 1, 2), c0: tensor3(1, 1, 3) } },
  ],
  noModule: [{ weights: [1] }, { params: {}, config: {} }],
  secondModule: [
    {
      ...Object.fromEntries(Object.entries(gru()).map(([k, v]) => [`a.${k}`, v])),
      ...Object.fromEntries(Object.entries(gru()).map(([k, v]) => [`b.${k}`, v])),
    },
  ],
  outsidePrefix: [
    {
      ...Object.fromEntries(Object.entries(gru()).map(([k, v]) => [`gru.${k}`, v])),
      other_thing: [1],
    },
  ],
  unknownKey: [
    { ...lstm(), weight_xx_l0: [[1]] },
    { ...lstm(), weight_ih_l0_reverse: [[1]] },
    { ...lstm(), weight_hr_l0: matrix(2, 4) },
  ],
  missingLayer: [
    {
      ...omit(lstm(), 'weight_ih_l1', 'weight_hh_l1', 'bias_ih_l1', 'bias_hh_l1'),
      weight_ih_l2: matrix(16, 4),
    },
  ],
  missing: [omit(lstm(), 'bias_hh_l0'), omit(lstm(), 'weight_ih_l1')],
  gateCount: [
    { ...lstm(), weight_hh_l0: matrix(10, 4) },
    { ...lstm(), weight_hh_l0: [[], []] },
  ],
  noInputColumns: [{ ...stateDict(4, 1, 2, 1), weight_ih_l0: [[], [], [], [], [], [], [], []] }],
  layerWidth: [{ ...stateDict(4, 3, 5, 2), weight_hh_l1: matrix(24, 6) }],
  secondHead: [{ ...gru(), 'fc.weight': matrix(2, 3), 'head.weight': matrix(2, 3) }],
  headWithoutWeight: [{ ...gru(), 'fc.bias': vector(2) }],
  shape: [
    { ...lstm(), weight_ih_l1: matrix(16, 5) },
    { params: gru(), inputs: { x: matrix(4, 2) } },
  ],
  notList: [{ ...lstm(), bias_ih_l0: 'zero' }],
  notListLike: [{ ...lstm(), weight_ih_l0: W((w) => (w[2] = 'row' as unknown as unknown[])) }],
  ragged: [{ ...lstm(), weight_ih_l0: W((w) => (w[9] = [1, 2])) }],
  notNumber: [
    { ...lstm(), weight_ih_l0: W((w) => (w[3][1] = 'abc')) },
    { ...lstm(), weight_ih_l0: W((w) => (w[3][1] = null)) },
    { ...lstm(), weight_ih_l0: W((w) => (w[3][1] = { a: 1 })) },
  ],
  nonFinite: ['{"weight_ih_l0": [[NaN]], "weight_hh_l0": [[1]]}'],
};

describe('import problems in Chinese', () => {
  for (const [kind, files] of Object.entries(FILES)) {
    for (const [n, file] of files.entries()) {
      it(`${kind} #${n + 1}: the engine reports it as data, worded in Chinese without English`, () => {
        const { path, problem } = problemOf(file);
        expect(problem.kind).toBe(kind);
        const zh = fileProblemText(path, problem, 'zh');
        expect(zh).toMatch(HAN);
        expect(englishWords(zh), zh).toEqual([]);
        // The path the English names is named in the Chinese too.
        if (path !== '') expect(zh.startsWith(path), zh).toBe(true);
      });
    }
  }

  it('unreadable: the runtime’s English detail is left out of the Chinese', () => {
    const problem: InteropProblem = { kind: 'unreadable', detail: 'TypeError: boom' };
    expect(fileProblemText('', problem, 'en')).toBe('Could not read the file: TypeError: boom');
    expect(englishWords(fileProblemText('', problem, 'zh'))).toEqual([]);
  });

  it('a shape keeps PyTorch’s dimension names in Chinese, beside the Chinese sentence', () => {
    const { path, problem } = problemOf({ params: gru(), inputs: { x: matrix(4, 2) } });
    expect(fileProblemText(path, problem, 'zh')).toBe(
      'inputs.x 的形状是 (4, 2)；应为 (?, ?, ?)，即 (seq_len, batch, input_size)。',
    );
  });
});

describe('store refusals and notes in Chinese', () => {
  const settings: SettingsProblem[] = [
    { kind: 'emptySequence' },
    { kind: 'sequenceTooLong', steps: 600, max: 500 },
    { kind: 'sequenceNotFinite' },
    { kind: 'outOfRange', setting: 'recurrentScale', min: 0, max: 8, got: 9 },
    { kind: 'notWhole', setting: 'seed', got: 1.5 },
    { kind: 'fixedByModel', what: 'cell' },
    { kind: 'fixedByModel', what: 'sizes' },
  ];
  const models: ModelProblem[] = [
    { kind: 'tooBig', bytes: 22 * 2 ** 20, max: 20 * 2 ** 20 },
    {
      kind: 'notShown',
      cause: { kind: 'outOfRange', setting: 'numLayers', min: 1, max: 3, got: 4 },
    },
    { kind: 'notRun', detail: 'RangeError: x has 3 values; expected 4' },
    { kind: 'file', ...problemOf(omit(lstm(), 'bias_hh_l0')) },
  ];
  const notices: InputNotice[] = [
    {
      kind: 'fileInput',
      origin: { kind: 'file', name: 'my_model.json' },
      steps: 7,
      batch: 2,
      features: 3,
      states: ['h0', 'c0'],
    },
    {
      kind: 'fileInput',
      origin: { kind: 'training', update: 75 },
      steps: 30,
      batch: 1,
      features: 2,
      states: [],
    },
    { kind: 'refit', modelFeatures: 1, own: 3, text: true },
    { kind: 'refit', modelFeatures: 4, own: 1, text: false },
  ];
  const texts = [
    ...settings.map((p) => settingsProblemText(p, 'zh')),
    ...models.map((p) => modelProblemText(p, 'zh')),
    ...notices.map((n) => inputNoticeText(n, 'zh')),
    originText({ kind: 'pasted' }, 'zh'),
    originText({ kind: 'training', update: 75 }, 'zh'),
    failureText({ cause: 'worker', detail: 'Uncaught TypeError: oops' }, 'zh'),
    failureText({ cause: 'run', detail: 'seqLen must be ≥ 1' }, 'zh'),
    issueText({ kind: 'range', key: 'learningRate', got: -1 }, 'zh'),
    issueText({ kind: 'whole', key: 'batchSize', got: 2.5 }, 'zh'),
  ];

  it('word every kind in Chinese, with no English word left', () => {
    for (const text of texts) {
      expect(text, text).toMatch(HAN);
      expect(englishWords(text), text).toEqual([]);
    }
  });

  it('say the same in English as before', () => {
    expect(settingsProblemText(settings[3], 'en')).toBe(
      'Recurrent weight scale must be between 0 and 8; got 9.',
    );
    expect(modelProblemText(models[0], 'en')).toBe(
      'The file is 22.0 MB; at most 20.0 MB can be imported.',
    );
    expect(inputNoticeText(notices[1], 'en')).toBe(
      'The input comes with the model (the training lab, update 75): 30 steps, batch 1, 2 features. Editing the sequence replaces it.',
    );
    expect(inputNoticeText(notices[1], 'zh')).toBe(
      '输入随模型一起提供（训练实验室（第 75 次更新））：30 步，批大小 1，2 个特征。编辑序列会替换它。',
    );
  });

  it('the checker itself finds English words', () => {
    expect(englishWords('inputs.x 缺失：needs x')).toEqual(['needs']);
    expect(englishWords('无法应用此设置：Hidden size must be')).toEqual([
      'Hidden',
      'size',
      'must',
      'be',
    ]);
  });
});
