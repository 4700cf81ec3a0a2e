import { describe, expect, it } from 'vitest';
import { InteropError } from '../../src/engine/interop-error';
import { parseJson } from '../../src/engine/parse-json';

/** The InteropError `parseJson(text)` throws. */
function jsonError(text: string): InteropError {
  try {
    parseJson(text);
  } catch (e) {
    if (e instanceof InteropError) return e;
    throw e;
  }
  throw new Error('expected an InteropError');
}

describe('parseJson', () => {
  it('parseJson(…) returns what JSON.parse returns for valid JSON', () => {
    const text = '{"a": [1, -2.5e-3, 0.1], "b": {"c": null, "d": true, "e": "x\\"y"}}';
    expect(parseJson(text)).toEqual(JSON.parse(text));
  });

  it("parseJson(…) reads Python's NaN, Infinity and -Infinity tokens as numbers", () => {
    const value = parseJson('{"w": [[1, NaN], [Infinity, -Infinity]], "ok": [0.5, -0.0]}');
    expect(value).toEqual({
      w: [
        [1, NaN],
        [Infinity, -Infinity],
      ],
      ok: [0.5, -0],
    });
  });

  it('parseJson(…) reads the same numbers and strings as JSON.parse on the fallback path', () => {
    const body =
      '[0, -0.0, 1e-320, 1.7976931348623157e308, 0.30000000000000004, 123456789012345678]';
    const strings = '["a\\u00e9\\n\\t\\/\\\\", "\\ud83d\\ude00", "日本"]';
    const fallback = parseJson(`{"n": ${body}, "s": ${strings}, "nan": NaN}`);
    expect(fallback).toEqual({ n: JSON.parse(body), s: JSON.parse(strings), nan: NaN });
  });

  it('parseJson(…) leaves NaN inside strings alone', () => {
    expect(parseJson('{"a": "NaN \\" Infinity", "b": NaN}')).toEqual({
      a: 'NaN " Infinity',
      b: NaN,
    });
  });

  it('parseJson(…) keeps a "__proto__" key an ordinary key', () => {
    const value = parseJson('{"__proto__": {"polluted": 1}, "x": NaN}') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'x']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('parseJson(…) reports a missing comma by line and column', () => {
    const e = jsonError('{\n  "w": [1, 2\n    3]\n}');
    expect(e.path).toBe('');
    expect(e.message).toBe(
      `Not valid JSON: expected ',' or ']' after a list entry, found "3" (line 3, column 5).`,
    );
  });

  it('parseJson(…) reports a trailing comma, an unquoted key and a missing colon', () => {
    expect(jsonError('{"a": 1,}').message).toBe(
      'Not valid JSON: expected a key in double quotes (line 1, column 9).',
    );
    expect(jsonError('{a: 1}').message).toContain(
      'expected a key in double quotes (line 1, column 2)',
    );
    expect(jsonError('{"a" 1}').message).toContain(`expected ':' after the key "a"`);
    expect(jsonError('[1, 2,]').message).toContain(`unexpected "]" where a value was expected`);
  });

  it('parseJson(…) reports text that ends too early', () => {
    expect(jsonError('{"w": [[1, 2], [3').message).toContain('the text ends inside a list');
    expect(jsonError('{"w": ').message).toContain('the text ends where a value was expected');
    expect(jsonError('{"w": "abc').message).toBe(
      'Not valid JSON: a string is not closed (line 1, column 7).',
    );
  });

  it('parseJson(…) reports what is wrong inside strings and numbers', () => {
    expect(jsonError('["a\\x"]').message).toContain('an invalid escape sequence');
    expect(jsonError('["a\nb"]').message).toContain('a control character');
    expect(jsonError('[-NaN]').message).toContain('an invalid number');
    expect(jsonError('[01]').message).toContain(`expected ',' or ']'`);
    expect(jsonError("['a']").message).toContain(`unexpected "'"`);
  });

  it('parseJson(…) reports text after the value, and an empty file', () => {
    expect(jsonError('{} {}').message).toContain('unexpected text after the end of the JSON value');
    expect(jsonError('  \n ').message).toBe('The file is empty: expected JSON.');
  });

  it('parseJson(…) reports nesting too deep to follow instead of overflowing the stack', () => {
    expect(jsonError('['.repeat(100_000)).message).toContain('nesting deeper than');
  });
});
