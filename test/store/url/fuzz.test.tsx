import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SUBSTEPS, createRng, type Rng } from '../../../src/engine';
import { UrlNotice } from '../../../src/panels/share/UrlNotice';
import { sequenceLength, settingsProblem } from '../../../src/store';
import { URL_KEYS, URL_PARAMS, readUrl, settingsOf } from '../../../src/store/url';

/** Pieces of attack strings and odd input: markup, quotes, escapes, scripts, huge numbers. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'-alert(1)-'",
  'javascript:alert(1)',
  '<svg/onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  '&amp;&lt;',
  '%00%ZZ%',
  '\u0000\u202e\ufeff',
  '今天天气',
  '😀',
  '1e309',
  '-0',
  'NaN',
  ',,,',
  ' ',
];
const CHARS = 'abc019.,-+e<>"\'&=%#?/\\ ';

const pick = <T,>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)];

/** A random string: hostile pieces, random characters and random code points, up to ~600 long. */
function randomValue(rng: Rng): string {
  let s = '';
  const parts = 1 + Math.floor(rng.next() * 4);
  for (let k = 0; k < parts; k++) {
    const kind = rng.next();
    if (kind < 0.4) s += pick(rng, HOSTILE);
    else if (kind < 0.7) s += pick(rng, [...CHARS]);
    else if (kind < 0.9) s += String.fromCodePoint(Math.floor(rng.next() * 0x2ffff));
    else s += 'x'.repeat(Math.floor(rng.next() * 600));
  }
  return s;
}

/** Markup and non-ASCII characters no number, flag, choice or panel id can hold. */
const NEVER_VALID = /[<>"']|[^\x20-\x7e]/;

const NAMES = URL_KEYS.map((k) => URL_PARAMS[k].name);

describe('readUrl(…) on random and hostile strings (seeded)', () => {
  const rng = createRng(20261127);
  const cases = Array.from({ length: 300 }, () => {
    const q = new URLSearchParams();
    const count = 1 + Math.floor(rng.next() * 6);
    for (let k = 0; k < count; k++) {
      const name = rng.next() < 0.85 ? pick(rng, NAMES) : randomValue(rng);
      q.append(name, randomValue(rng));
    }
    return rng.next() < 0.1 ? randomValue(rng) : q.toString();
  });

  it('never throws, and always gives a state the widget can run', () => {
    for (const search of cases) {
      const { state } = readUrl(search);
      const settings = settingsOf(state);
      expect(settingsProblem(settings)).toBeNull();
      expect(state.t).toBeLessThan(sequenceLength(settings.sequence));
      expect(state.sub).toBeLessThan(SUBSTEPS[state.cell].length);
      expect(state.unit).toBeLessThan(state.hiddenSize);
    }
  });

  it('gives a notice for every parameter whose value cannot be valid', () => {
    let checked = 0;
    for (const search of cases) {
      const query = new URLSearchParams(search);
      const named = new Set(readUrl(search).notices.map((n) => n.param));
      for (const [param, raw] of query) {
        // Only text= takes any characters.
        if ((param !== 'text' && NEVER_VALID.test(raw)) || !NAMES.includes(param)) {
          expect(named.has(param)).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('renders every notice as text: no element but the notice’s own', () => {
    for (const search of cases) {
      const { notices } = readUrl(search);
      const { container, unmount } = render(<UrlNotice notices={notices} onDismiss={() => {}} />);
      const tags = new Set(
        [...container.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()),
      );
      for (const tag of tags) expect(['section', 'p', 'ul', 'li', 'button']).toContain(tag);
      unmount();
    }
  });
});
