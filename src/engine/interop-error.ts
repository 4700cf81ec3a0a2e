import { problemMessage, type InteropProblem } from './interop-problem';

/**
 * A problem with an imported weights file, located by `path`: the JSON path of the offending
 * value (`params.weight_ih_l0[3][1]`, `inputs.x`), or `''` for the file as a whole. `problem`
 * says what is wrong as data; the message is plain English and names the path itself.
 */
export class InteropError extends Error {
  override readonly name = 'InteropError';
  /** Where the problem is: a JSON path such as `params.weight_hh_l0[2][1]`, or `''`. */
  readonly path: string;
  /** What is wrong, as a kind and its parameters (the app words it in the page's language). */
  readonly problem: InteropProblem;

  constructor(path: string, problem: InteropProblem) {
    super(problemMessage(path, problem));
    this.path = path;
    this.problem = problem;
  }
}

/** Throws an `InteropError` at `path`. */
export function failAt(path: string, problem: InteropProblem): never {
  throw new InteropError(path, problem);
}
