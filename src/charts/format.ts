/**
 * Numbers as charts write them: plain notation that copies cleanly into a spreadsheet or a
 * Python prompt (`3.1e-9`, `-0.4127`, `Infinity`, `NaN`), and decades for log axes.
 */

/**
 * A value in plain notation: `digits` significant digits (default 4), or `'full'` for
 * JavaScript's shortest text that reads back as exactly the same double. Non-finite values are
 * written `NaN`, `Infinity`, `-Infinity`; negative zero is `0`.
 */
export function formatPlain(v: number, digits: number | 'full' = 4): string {
  if (!Number.isFinite(v)) return String(v);
  return String(digits === 'full' ? v : Number(v.toPrecision(digits)));
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 10^k written with a superscript exponent, e.g. `10⁻⁹`, for the ticks of a log axis. */
export function formatDecade(k: number): string {
  return `10${Array.from(String(k), (ch) => SUPERSCRIPT[ch] ?? ch).join('')}`;
}

/** A tick of a log axis at value v: `10ᵏ` at exact decades, plain notation between them. */
export function formatLogTick(v: number): string {
  const k = Math.round(Math.log10(v));
  return Math.abs(v - 10 ** k) <= 1e-9 * v ? formatDecade(k) : formatPlain(v, 2);
}

/** A file name from a chart title: lower case, words joined by hyphens, ASCII only. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'chart';
}
