import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  URL_KEYS,
  URL_PARAMS,
  formatUrl,
  isDiscreteChange,
  readUrl,
  settingsOf,
  urlStateOf,
  type UrlState,
} from '../../../src/store/url';
import { LAB_DEFAULTS } from '../../../src/store/labPresets';
import { DEFAULT_SETTINGS } from '../../../src/store/settings';

/** A non-default value for every parameter, with what it needs of the others to be valid. */
const SAMPLES: { [K in keyof UrlState]: [UrlState[K], Partial<UrlState>?] } = {
  embed: [true],
  panels: [['diagram', 'gradient']],
  hide: [['controls', 'editor', 'settings']],
  view: ['lab'],
  lesson: ['lstm-six-steps', { view: 'lessons' }],
  step: [6, { lesson: 'lstm-six-steps', view: 'lessons' }],
  cell: ['gru'],
  hiddenSize: [8],
  numLayers: [3],
  bias: [false],
  seed: [4294967295],
  init: ['orthogonal'],
  weightScale: [0.35],
  recurrentScale: [2.5],
  gateBias: [-3.25],
  seqKind: ['noise'],
  seqLen: [40],
  values: [[0.5, -1, 0.002, 3], { seqKind: 'numbers' }],
  text: ['今天天气很好，但是 & a=b+c #1 %20?', { seqKind: 'text' }],
  amplitude: [0.5],
  loss: ['every'],
  t: [7],
  sub: [5],
  unit: [3],
  lang: ['zh'],
};

describe('the URL table', () => {
  it('leaves every default out: the default state is the empty query', () => {
    expect(formatUrl(DEFAULT_URL_STATE)).toBe('');
    expect(readUrl('')).toMatchObject({ state: DEFAULT_URL_STATE, notices: [], langGiven: false });
    expect(readUrl('?')).toMatchObject({ state: DEFAULT_URL_STATE, notices: [] });
  });

  for (const key of URL_KEYS) {
    it(`round-trips ${URL_PARAMS[key].name}= (state → URL → state)`, () => {
      const [value, context] = SAMPLES[key];
      const state = { ...DEFAULT_URL_STATE, ...context, [key]: value } as UrlState;
      const search = formatUrl(state);
      expect(new URLSearchParams(search).get(URL_PARAMS[key].name)).not.toBeNull();
      expect(readUrl(search)).toMatchObject({ state, notices: [] });
    });
  }

  it('round-trips every sample at once', () => {
    const all = Object.fromEntries(URL_KEYS.map((k) => [k, SAMPLES[k][0]]));
    // An LSTM, so that sub=5 (its sixth sub-step) exists.
    const state = { ...all, cell: 'lstm' } as UrlState;
    expect(readUrl(formatUrl(state))).toMatchObject({ state, notices: [], langGiven: true });
  });

  it('reads and writes the gradient lab’s settings from the lab’s own defaults', () => {
    const lab = { ...DEFAULT_SETTINGS, ...LAB_DEFAULTS };
    expect(settingsOf(readUrl('?view=lab').state)).toEqual(lab);
    const steep = urlStateOf(
      { settings: { ...lab, recurrentScale: 1.8 }, cursor: { t: 0, sub: 0 }, unit: 0 },
      { ...DEFAULT_URL_STATE, view: 'lab' },
    );
    expect(formatUrl(steep)).toBe('?view=lab&rscale=1.8');
    expect(settingsOf(readUrl('?view=lab&rscale=1.8').state)).toEqual(settingsOf(steep));
    // The stepper's URLs are unchanged: their settings count from the stepper's defaults.
    expect(settingsOf(readUrl('?rscale=1.8').state)).toEqual({
      ...DEFAULT_SETTINGS,
      recurrentScale: 1.8,
    });
  });

  it('tells whether the URL chose the language (else the browser preference decides)', () => {
    expect(readUrl('?lang=en').langGiven).toBe(true);
    expect(readUrl('?lang=zh').langGiven).toBe(true);
    expect(readUrl('?lang=fr').langGiven).toBe(false);
    expect(readUrl('?cell=gru').langGiven).toBe(false);
  });

  it('writes short readable names in the table order', () => {
    const state: UrlState = { ...DEFAULT_URL_STATE, cell: 'gru', hiddenSize: 8, t: 3, sub: 2 };
    expect(formatUrl(state)).toBe('?cell=gru&hidden=8&t=3&sub=2');
    const wave = { ...DEFAULT_URL_STATE, seqKind: 'square' as const, seqLen: 20, gateBias: 1.5 };
    expect(formatUrl(wave)).toBe('?gbias=1.5&seq=square&len=20');
    const embed = { ...DEFAULT_URL_STATE, embed: true, panels: ['diagram' as const], sub: 4 };
    expect(formatUrl(embed)).toBe('?embed=1&panels=diagram&sub=4');
    const two = {
      ...DEFAULT_URL_STATE,
      embed: true,
      panels: ['diagram' as const, 'controls' as const],
    };
    expect(formatUrl(two)).toBe('?embed=1&panels=diagram,controls');
    // A comma inside text stays a comma, and reads back as one.
    const comma = { ...DEFAULT_URL_STATE, seqKind: 'text' as const, text: 'a,b' };
    expect(formatUrl(comma)).toBe('?seq=text&text=a,b');
    expect(readUrl('?seq=text&text=a,b').state.text).toBe('a,b');
  });

  it('percent-encodes text as UTF-8 and number lists with commas', () => {
    // 今 is U+4ECA (UTF-8 E4 BB 8A), 天 is U+5929 (E5 A4 A9); a space is written '+'.
    const zh = { ...DEFAULT_URL_STATE, seqKind: 'text' as const, text: '今天 a&b' };
    expect(formatUrl(zh)).toBe('?seq=text&text=%E4%BB%8A%E5%A4%A9+a%26b');
    const nums = { ...DEFAULT_URL_STATE, seqKind: 'numbers' as const, values: [1, -0.5, 0.001] };
    expect(formatUrl(nums)).toBe('?seq=numbers&values=1,-0.5,0.001');
    expect(readUrl('?seq=numbers&values=1,-0.5,1e-3').state.values).toEqual([1, -0.5, 0.001]);
  });

  it('makes a new history entry for discrete changes only', () => {
    const d = DEFAULT_URL_STATE;
    expect(isDiscreteChange(d, { ...d, cell: 'rnn' })).toBe(true);
    expect(isDiscreteChange(d, { ...d, seqKind: 'square' })).toBe(true);
    expect(isDiscreteChange(d, { ...d, view: 'training' })).toBe(true);
    expect(isDiscreteChange(d, { ...d, hiddenSize: 9 })).toBe(false);
    expect(isDiscreteChange(d, { ...d, t: 4, sub: 1 })).toBe(false);
    expect(isDiscreteChange(d, { ...d, gateBias: 2 })).toBe(false);
  });
});
