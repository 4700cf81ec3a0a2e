/**
 * What can be wrong with an imported weights file, as data: a kind and its parameters. The
 * engine words each in English (`problemMessage`, for the CLI, tests and the English UI); the
 * app words the same data in the page's language. Keys, shapes and PyTorch names stay as they
 * are in every language.
 */
import type { CellKind } from './types';

/** A JSON value as a message names it. */
export type ValueDesc =
  /** A string, quoted as JSON and cut at about 40 characters. */
  | { readonly type: 'string'; readonly quoted: string }
  | { readonly type: 'list' }
  | { readonly type: 'object' }
  | { readonly type: 'null' }
  /** A number, boolean or `undefined`, as written. */
  | { readonly type: 'literal'; readonly text: string };

/** Why a text is not JSON (at a line and column, given beside it). */
export type JsonSyntax =
  | { readonly what: 'trailing' }
  | { readonly what: 'tooDeep'; readonly max: number }
  | { readonly what: 'endsAtValue' }
  /** `found`: the offending character, quoted as JSON. */
  | { readonly what: 'unexpected'; readonly found: string }
  | { readonly what: 'keyQuotes' }
  | { readonly what: 'colon'; readonly key: string }
  | { readonly what: 'endsInside'; readonly container: 'list' | 'object' }
  | { readonly what: 'commaOrClose'; readonly close: ']' | '}'; readonly found: string }
  | { readonly what: 'unclosedString' }
  | { readonly what: 'controlChar' }
  | { readonly what: 'badEscape' }
  | { readonly what: 'badNumber' };

/** A problem with a weights file, found at a JSON path (given beside it; '' for the file). */
export type InteropProblem =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'json';
      readonly syntax: JsonSyntax;
      readonly line: number;
      readonly column: number;
    }
  /** Anything unforeseen; `detail` is the runtime's own text. */
  | { readonly kind: 'unreadable'; readonly detail: string }
  /** The file is not an object. */
  | { readonly kind: 'notObject'; readonly value: ValueDesc }
  /** `params`, `inputs` or `loss` is not an object. */
  | {
      readonly kind: 'notSection';
      readonly section: 'params' | 'inputs' | 'loss';
      readonly value: ValueDesc;
    }
  /** config.nonlinearity "relu" or config.cell "rnn_relu". */
  | { readonly kind: 'relu'; readonly value: string }
  | { readonly kind: 'batchFirst' }
  | { readonly kind: 'missingX' }
  | { readonly kind: 'inputWidth'; readonly shape: readonly number[]; readonly inputSize: number }
  | { readonly kind: 'c0NotLstm'; readonly cell: CellKind }
  /** No key ends in weight_hh_l0 (path: the map's, '' for the file). */
  | { readonly kind: 'noModule' }
  | { readonly kind: 'secondModule'; readonly first: string }
  | { readonly kind: 'outsidePrefix'; readonly prefix: string }
  | { readonly kind: 'unknownKey'; readonly why: 'reverse' | 'projection' | 'unknown' }
  /** A layer below the top one has no parameters at all. */
  | { readonly kind: 'missingLayer'; readonly layer: number; readonly top: number }
  /** A layer lacks one of its weights, or (the file having biases) one of its biases. */
  | { readonly kind: 'missing'; readonly layer: number; readonly bias: boolean }
  /** weight_hh_l0 is (rows, hidden) with rows not 4, 3 or 1 × hidden (or hidden 0). */
  | { readonly kind: 'gateCount'; readonly rows: number; readonly hidden: number }
  | { readonly kind: 'noInputColumns' }
  | { readonly kind: 'layerWidth'; readonly hidden: number; readonly first: number }
  | { readonly kind: 'secondHead'; readonly head: string }
  | { readonly kind: 'headWithoutWeight'; readonly weight: string }
  /** Shapes as `formatShape` writes them; `meaning` names the dimensions, e.g. (seq_len, …). */
  | {
      readonly kind: 'shape';
      readonly shape: string;
      readonly expected: string;
      readonly meaning?: string;
    }
  | { readonly kind: 'notList'; readonly value: ValueDesc; readonly expected: string }
  /** A nested entry is not a list like the first one (`like`, a path) of `length` entries. */
  | {
      readonly kind: 'notListLike';
      readonly value: ValueDesc;
      readonly length: number;
      readonly like: string;
    }
  | {
      readonly kind: 'ragged';
      readonly length: number;
      readonly like: string;
      readonly likeLength: number;
      readonly tensor: string;
    }
  | { readonly kind: 'notNumber'; readonly value: ValueDesc }
  | { readonly kind: 'nonFinite'; readonly value: string };

/** A JSON value described for a message. */
export function describe(value: unknown): ValueDesc {
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value);
    return { type: 'string', quoted: quoted.length > 40 ? `${quoted.slice(0, 36)}…"` : quoted };
  }
  if (Array.isArray(value)) return { type: 'list' };
  if (value === null) return { type: 'null' };
  if (typeof value === 'object') return { type: 'object' };
  return { type: 'literal', text: String(value) };
}

/** A value in English: `"abc"`, `null`, `a list`, `3.5`. */
export function valueText(v: ValueDesc): string {
  switch (v.type) {
    case 'string':
      return v.quoted;
    case 'list':
      return 'a list';
    case 'object':
      return 'an object';
    case 'null':
      return 'null';
    case 'literal':
      return v.text;
  }
}

function syntaxText(s: JsonSyntax): string {
  switch (s.what) {
    case 'trailing':
      return 'unexpected text after the end of the JSON value';
    case 'tooDeep':
      return `nesting deeper than ${s.max} levels`;
    case 'endsAtValue':
      return 'the text ends where a value was expected';
    case 'unexpected':
      return `unexpected ${s.found} where a value was expected`;
    case 'keyQuotes':
      return 'expected a key in double quotes';
    case 'colon':
      return `expected ':' after the key ${s.key}`;
    case 'endsInside':
      return `the text ends inside ${s.container === 'list' ? 'a list' : 'an object'}`;
    case 'commaOrClose': {
      const what = s.close === ']' ? 'a list entry' : 'an object value';
      return `expected ',' or '${s.close}' after ${what}, found ${s.found}`;
    }
    case 'unclosedString':
      return 'a string is not closed';
    case 'controlChar':
      return 'a control character (such as a line break) inside a string';
    case 'badEscape':
      return 'an invalid escape sequence in a string';
    case 'badNumber':
      return 'an invalid number';
  }
}

const SECTION_NEEDS = {
  params: 'an object of PyTorch parameters',
  inputs: 'an object with x, h0 and c0',
  loss: 'an object with Wout and target',
} as const;

/** What is wrong, in English, after the path (the whole sentence when it has none). */
function problemText(path: string, p: InteropProblem): string {
  switch (p.kind) {
    case 'empty':
      return 'The file is empty: expected JSON.';
    case 'json':
      return `Not valid JSON: ${syntaxText(p.syntax)} (line ${p.line}, column ${p.column}).`;
    case 'unreadable':
      return `Could not read the file: ${p.detail}`;
    case 'notObject':
      return `The file must be a JSON object of PyTorch parameters, not ${valueText(p.value)}`;
    case 'notSection':
      return `is ${valueText(p.value)}; expected ${SECTION_NEEDS[p.section]}`;
    case 'relu':
      return `is "${p.value}": only tanh RNNs are supported (nn.RNN(nonlinearity='tanh'))`;
    case 'batchFirst':
      return 'is true, but inputs must be (seq_len, batch, …): transpose them and set it to false';
    case 'missingX':
      return 'is missing: inputs needs x, shaped (seq_len, batch, input_size)';
    case 'inputWidth':
      return `has shape (${p.shape.join(', ')}), but its last size must be the input size ${p.inputSize} (the columns of weight_ih_l0)`;
    case 'c0NotLstm':
      return `is given, but only an LSTM has a cell state c (these weights are a ${p.cell === 'gru' ? 'GRU' : 'plain RNN'}'s)`;
    case 'noModule':
      return (
        `${path === '' ? 'The file' : path} has no weight_hh_l0: expected the state_dict of an nn.LSTM, nn.GRU or nn.RNN ` +
        '(weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0, …) or an object with "params"'
      );
    case 'secondModule':
      return `is a second recurrent module after ${p.first}: export one module at a time`;
    case 'outsidePrefix':
      return `is outside the module: all keys must share the prefix "${p.prefix}" of ${p.prefix}weight_hh_l0`;
    case 'unknownKey':
      if (p.why === 'reverse') {
        return 'belongs to the reverse direction of a bidirectional network, which is not supported';
      }
      if (p.why === 'projection') {
        return 'is an LSTM projection (proj_size > 0), which is not supported';
      }
      return (
        'is not a parameter of nn.LSTM, nn.GRU or nn.RNN ' +
        '(expected names like weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0)'
      );
    case 'missingLayer':
      return `is missing: layer ${p.layer} has no parameters but layer ${p.top} has (layers are numbered 0, 1, 2, … without gaps)`;
    case 'missing': {
      const k = p.layer;
      const needs = p.bias
        ? `both bias_ih_l${k} and bias_hh_l${k}, as the file has biases`
        : `weight_ih_l${k} and weight_hh_l${k}`;
      return `is missing: layer ${k} needs ${needs}`;
    }
    case 'gateCount': {
      const { rows, hidden: H } = p;
      if (H === 0) return `has shape (${rows}, 0): the hidden size (its columns) must be ≥ 1`;
      return (
        `has shape (${rows}, ${H}), so the hidden size is ${H} and its rows must be ` +
        `4 × ${H} = ${4 * H} (LSTM), 3 × ${H} = ${3 * H} (GRU) or ${H} (RNN)`
      );
    }
    case 'noInputColumns':
      return 'has no columns: the input size must be ≥ 1';
    case 'layerWidth':
      return `has hidden size ${p.hidden} but layer 0 has ${p.first}: all layers must match`;
    case 'secondHead':
      return `is a second head after ${p.head}weight: one nn.Linear at most`;
    case 'headWithoutWeight':
      return `has no ${p.weight} beside it: an nn.Linear head needs its weight`;
    case 'shape': {
      const explain = p.meaning === undefined ? '' : `, i.e. ${p.meaning}`;
      return `has shape ${p.shape}; expected ${p.expected}${explain}`;
    }
    case 'notList':
      return `is ${valueText(p.value)}; expected a list of shape ${p.expected}`;
    case 'notListLike':
      return `is ${valueText(p.value)}; expected a list of ${p.length} like ${p.like}`;
    case 'ragged':
      return `has ${p.length} entries but ${p.like} has ${p.likeLength}: the rows of ${p.tensor} must all have the same length`;
    case 'notNumber':
      return `is ${valueText(p.value)}, not a number`;
    case 'nonFinite':
      return `is ${p.value}: values must be finite`;
  }
}

/** Kinds whose sentence stands alone (it names the file, or the path, itself). */
const WHOLE: ReadonlySet<InteropProblem['kind']> = new Set([
  'empty',
  'json',
  'unreadable',
  'notObject',
  'noModule',
]);

/**
 * A problem in English, as the engine has always worded it: the path, then what is wrong
 * ("params.weight_ih_l1 has shape (16, 5); expected (16, 4)").
 */
export function problemMessage(path: string, p: InteropProblem): string {
  const text = problemText(path, p);
  return WHOLE.has(p.kind) ? text : `${path} ${text}`;
}
