import { describe, expect, it } from 'vitest';
import {
  checkDeviations,
  DEFAULT_URL_STATE,
  placeOf,
  readUrl,
  type Deviations,
} from '../../../src/store/url';

/** The notice lines a query gives, as "param=raw: reason". */
const notices = (search: string) =>
  readUrl(search).notices.map((n) => `${n.param}=${n.raw}: ${n.reason}`);

describe('readUrl(…) ignores what it cannot use, and says why', () => {
  it('rejects numbers outside their range or not written plainly', () => {
    expect(notices('?hidden=abc')).toEqual(['hidden=abc: not a whole number from 1 to 128']);
    expect(notices('?hidden=0&layers=4&seed=-1')).toEqual([
      'hidden=0: not a whole number from 1 to 128',
      'layers=4: not a whole number from 1 to 3',
      'seed=-1: not a whole number from 0 to 4294967295',
    ]);
    for (const bad of ['1.5', '1e1', '0x10', ' 8', '', '٣']) {
      expect(readUrl(`?hidden=${encodeURIComponent(bad)}`).state.hiddenSize).toBe(4);
    }
    for (const bad of ['Infinity', 'NaN', '-1', '8.01', '0x1', '1,5', '']) {
      expect(notices(`?scale=${encodeURIComponent(bad)}`)).toEqual([
        `scale=${bad}: not a number from 0 to 8`,
      ]);
    }
    expect(readUrl('?scale=.5&gbias=-10&amp=1e1').state).toMatchObject({
      weightScale: 0.5,
      gateBias: -10,
      amplitude: 10,
    });
  });

  it('rejects unknown choices, unknown names and repeats', () => {
    expect(notices('?cell=LSTM&bias=true&view=home&lang=fr')).toEqual([
      'cell=LSTM: not one of lstm, gru, rnn',
      'bias=true: not 0 or 1',
      'view=home: not one of stepper, lab, training, lessons',
      'lang=fr: not one of en, zh',
    ]);
    expect(notices('?utm_source=x&cell=gru&cell=rnn')).toEqual([
      'utm_source=x: unknown parameter',
      'cell=rnn: given more than once; the first is used',
    ]);
    expect(readUrl('?cell=gru&cell=rnn').state.cell).toBe('gru');
  });

  it('keeps the known panels and names the unknown ones', () => {
    const r = readUrl('?panels=diagram,foo,gates,diagram,bar');
    expect(r.state.panels).toEqual(['diagram', 'gates']);
    expect(r.notices.map((n) => n.raw)).toEqual(['foo,bar']);
    expect(r.notices[0].reason).toMatch(/^unknown panels \(known: controls, timeline, diagram/);
  });

  it('puts the cursor and unit back at 0 when the run has no such place', () => {
    // The default sine has 12 steps (t = 0 … 11); a GRU has 4 sub-steps (0 … 3); H = 4.
    expect(readUrl('?t=11&sub=3&cell=gru&unit=3').notices).toEqual([]);
    const r = readUrl('?t=12&sub=4&cell=gru&unit=4');
    expect(r.state).toMatchObject({ t: 0, sub: 0, unit: 0, cell: 'gru' });
    expect(r.notices.map((n) => n.param)).toEqual(['t', 'sub', 'unit']);
    expect(readUrl('?len=30&t=29&hidden=8&unit=7').state).toMatchObject({ t: 29, unit: 7 });
  });

  it('falls back to the default sequence when the settings are refused together', () => {
    const r = readUrl('?seq=text&cell=gru');
    expect(r.state).toEqual({ ...DEFAULT_URL_STATE, cell: 'gru' });
    expect(notices('?seq=text')).toEqual([
      'seq=text: The sequence is empty: give it at least one step.',
    ]);
    expect(readUrl('?seq=numbers').state.seqKind).toBe('sine');
    expect(readUrl(`?seq=text&text=${'a'.repeat(501)}`).notices[0].reason).toBe(
      'longer than 500 characters',
    );
  });

  it('decodes percent-encoded UTF-8 text and tolerates broken escapes', () => {
    expect(readUrl('?seq=text&text=%E4%BB%8A%E5%A4%A9').state.text).toBe('今天');
    expect(() => readUrl('?text=%E4%ZZ&%%=%')).not.toThrow();
  });
});

describe('checkDeviations(…): a lesson link’s changes, checked against the step’s run', () => {
  // A step's start: an LSTM with 4 units on the 12-step sine wave, at t = 3.
  const start = placeOf({ ...DEFAULT_URL_STATE, cell: 'lstm', t: 3 });
  const said = (d: Deviations) =>
    checkDeviations(start, d).notices.map((n) => `${n.param}=${n.raw}: ${n.reason}`);

  it('drops a cursor or unit past the end of the run, and names it', () => {
    expect(said({ t: 12, sub: 6, unit: 4 })).toEqual([
      't=12: past the last time step (t=11; t counts from 0)',
      'sub=6: past the last sub-step of this cell (sub=5; sub counts from 0)',
      'unit=4: past the last unit (unit=3; units count from 0)',
    ]);
    expect(checkDeviations(start, { t: 12, hiddenSize: 2 }).deviations).toEqual({ hiddenSize: 2 });
  });

  it('measures the run the link’s own settings make', () => {
    expect(said({ hiddenSize: 8, unit: 7, t: 11, sub: 5 })).toEqual([]);
    expect(said({ hiddenSize: 2, unit: 3 })).toEqual([
      'unit=3: past the last unit (unit=1; units count from 0)',
    ]);
    expect(said({ cell: 'gru', sub: 4 })).toEqual([
      'sub=4: past the last sub-step of this cell (sub=3; sub counts from 0)',
    ]);
  });

  it('leaves a start it was not asked to change alone, even past a shorter run', () => {
    // The link shortens nothing here; t = 3 is the step's, not the link's.
    expect(said({ hiddenSize: 8 })).toEqual([]);
  });
});
