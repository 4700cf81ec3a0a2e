/**
 * A problem with an imported weights file, located by `path`: the JSON path of the offending
 * value (`params.weight_ih_l0[3][1]`, `inputs.x`), or `''` for the file as a whole. The message is
 * plain English and names the path itself, so it can be shown to a user as it is.
 */
export class InteropError extends Error {
  override readonly name = 'InteropError';
  /** Where the problem is: a JSON path such as `params.weight_hh_l0[2][1]`, or `''`. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}

/** A short description of a JSON value for an error message: `"abc"`, `null`, `a list`, `3.5`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value);
    return quoted.length > 40 ? `${quoted.slice(0, 36)}…"` : quoted;
  }
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Throws an `InteropError` at `path` whose message is the path followed by `problem`. */
export function failAt(path: string, problem: string): never {
  throw new InteropError(path, `${path} ${problem}`);
}
