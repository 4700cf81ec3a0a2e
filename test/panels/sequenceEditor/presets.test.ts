import { describe, expect, it } from 'vitest';
import { segments, marksPast } from '../../../src/panels/sequenceEditor/marks';
import {
  PRESETS,
  baseValues,
  presetOf,
  sequenceForPreset,
} from '../../../src/panels/sequenceEditor/presets';
import { DEFAULT_SETTINGS, TEXT_PRESETS, type Settings } from '../../../src/store';

const withSequence = (sequence: Settings['sequence']): Settings => ({
  ...DEFAULT_SETTINGS,
  sequence,
});

describe('presets', () => {
  it('every preset maps back to itself', () => {
    const settings = withSequence({ kind: 'sine', seqLen: 7 });
    for (const { id } of PRESETS) {
      expect(presetOf(sequenceForPreset(id, settings))).toBe(id);
    }
  });

  it('waves keep the current length, within 1 … 200', () => {
    expect(sequenceForPreset('square', withSequence({ kind: 'sine', seqLen: 7 }))).toEqual({
      kind: 'square',
      seqLen: 7,
    });
    const long = withSequence({ kind: 'numbers', values: Array(300).fill(0) });
    expect(sequenceForPreset('impulse', long)).toEqual({ kind: 'impulse', seqLen: 200 });
  });

  it('the text presets are the English and the Chinese sentence', () => {
    const settings = withSequence({ kind: 'sine', seqLen: 7 });
    expect(sequenceForPreset('zh', settings)).toEqual({ kind: 'text', text: TEXT_PRESETS.zh });
    expect(TEXT_PRESETS.zh).toContain('但是');
    expect(sequenceForPreset('en', settings)).toEqual({ kind: 'text', text: TEXT_PRESETS.en });
  });

  it('custom numbers start from the values showing', () => {
    const settings = withSequence({ kind: 'impulse', seqLen: 3 });
    expect(sequenceForPreset('numbers', settings)).toEqual({ kind: 'numbers', values: [1, 0, 0] });
  });

  it('baseValues are the values before the amplitude scales them; text has none', () => {
    const settings = { ...withSequence({ kind: 'square', seqLen: 5 }), amplitude: 3 };
    expect(baseValues(settings)).toEqual([1, 1, 1, 1, -1]);
    expect(baseValues(withSequence({ kind: 'text', text: 'ab' }))).toBeNull();
  });
});

describe('marks', () => {
  it('segments split text at the marks', () => {
    expect(segments('1, x, 2', [{ start: 3, end: 4 }])).toEqual([
      { text: '1, ', marked: false },
      { text: 'x', marked: true },
      { text: ', 2', marked: false },
    ]);
  });

  it('marksPast counts whole characters, so 但是 is two', () => {
    expect(marksPast('但是ab', 2)).toEqual([{ start: 2, end: 4 }]);
    expect(marksPast('😀😀x', 2)).toEqual([{ start: 4, end: 5 }]);
    expect(marksPast('ab', 2)).toEqual([]);
  });
});
