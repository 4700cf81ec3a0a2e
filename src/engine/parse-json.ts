import { InteropError } from './interop-error';
import type { JsonSyntax } from './interop-problem';

/**
 * Parses JSON text as Python's `json.dump` writes it: standard JSON plus the bare tokens `NaN`,
 * `Infinity` and `-Infinity` (outside strings), which become the numbers they name so that a
 * tensor check can report "… is NaN: values must be finite" at the exact entry.
 *
 * Valid JSON goes through `JSON.parse` unchanged. Anything else is re-read by a small parser
 * that accepts those three tokens and, when the text really is broken, throws an `InteropError`
 * (path `''`) saying what is wrong and where, by line and column, in the same words in every
 * browser.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return new PythonJsonReader(text).document();
  }
}

/** Maximum nesting depth the fallback reader follows (a 3-D tensor needs 4 or 5). */
const MAX_DEPTH = 512;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Literal words; `NaN` and `Infinity` are Python's (`-Infinity` is read with numbers). */
const WORDS: readonly [string, unknown][] = [
  ['true', true],
  ['false', false],
  ['null', null],
  ['NaN', NaN],
  ['Infinity', Infinity],
];

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** A recursive-descent reader of JSON with Python's non-finite tokens. */
class PythonJsonReader {
  private pos = 0;
  private depth = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  document(): unknown {
    if (this.text.trim() === '') throw new InteropError('', { kind: 'empty' });
    const value = this.value();
    this.skipSpace();
    if (this.pos < this.text.length) this.fail({ what: 'trailing' });
    return value;
  }

  private value(): unknown {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '{' || c === '[') {
      if (++this.depth > MAX_DEPTH) this.fail({ what: 'tooDeep', max: MAX_DEPTH });
      const value = c === '{' ? this.object() : this.array();
      this.depth--;
      return value;
    }
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) {
      return this.text.startsWith('-Infinity', this.pos)
        ? this.word('-Infinity', -Infinity)
        : this.number();
    }
    for (const [word, value] of WORDS)
      if (this.text.startsWith(word, this.pos)) return this.word(word, value);
    if (c === undefined) this.fail({ what: 'endsAtValue' });
    this.fail({ what: 'unexpected', found: JSON.stringify(c) });
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail({ what: 'keyQuotes' });
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail({ what: 'colon', key: JSON.stringify(key) });
      this.pos++;
      // defineProperty, not assignment, so that a key "__proto__" stays an ordinary key.
      Object.defineProperty(out, key, {
        value: this.value(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      if (this.endOf('}')) return out;
    }
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      if (this.endOf(']')) return out;
    }
  }

  /** After an entry: true at the closing bracket, false after a comma; anything else fails. */
  private endOf(close: '}' | ']'): boolean {
    this.skipSpace();
    const c = this.text[this.pos++];
    if (c === close) return true;
    if (c === ',') return false;
    this.pos--;
    if (c === undefined) {
      this.fail({ what: 'endsInside', container: close === ']' ? 'list' : 'object' });
    }
    this.fail({ what: 'commaOrClose', close, found: JSON.stringify(c) });
  }

  private string(): string {
    const start = this.pos++;
    let out = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) {
        this.pos = start;
        this.fail({ what: 'unclosedString' });
      }
      if (c === '"') break;
      if (c < ' ') this.fail({ what: 'controlChar' });
      if (c === '\\') {
        const e = this.text[this.pos + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
          out += String.fromCharCode(parseInt(this.text.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
          continue;
        }
        if (e === undefined || !(e in ESCAPES)) this.fail({ what: 'badEscape' });
        out += ESCAPES[e];
        this.pos += 2;
        continue;
      }
      out += c;
      this.pos++;
    }
    this.pos++;
    return out;
  }

  private number(): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match === null) this.fail({ what: 'badNumber' });
    this.pos += match[0].length;
    return Number(match[0]);
  }

  private word(word: string, value: unknown): unknown {
    this.pos += word.length;
    return value;
  }

  private skipSpace(): void {
    while (/[ \t\n\r]/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  /** Throws "Not valid JSON: <what> (line L, column C)" at the current position. */
  private fail(syntax: JsonSyntax): never {
    const before = this.text.slice(0, this.pos);
    const line = before.split('\n').length;
    const column = this.pos - before.lastIndexOf('\n');
    throw new InteropError('', { kind: 'json', syntax, line, column });
  }
}
