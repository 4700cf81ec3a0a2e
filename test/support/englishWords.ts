/**
 * The English words left in a Chinese text, once what stays English in every language is set
 * aside: JSON paths and parameter keys (`params.weight_ih_l0[3][1]`, `bias_hh_l1`), quoted
 * values and characters from the file, code (`nn.RNN(nonlinearity='tanh')`), shapes with
 * PyTorch's dimension names (`(seq_len, batch, input_size)`), and names (LSTM, GRU, RNN, JSON,
 * PyTorch, MB), with the weights file's own keys (`params`, `inputs`, `loss`, `config`, `Wout`,
 * `target`) and `tanh`. Numbers are not words. What remains should be nothing.
 */
const NAMES = new Set([
  'params',
  'inputs',
  'loss',
  'config',
  'Wout',
  'target',
  'tanh',
  'LSTM',
  'GRU',
  'RNN',
  'JSON',
  'PyTorch',
  'MB',
  'true',
  'false',
  'null',
  'NaN',
  'Infinity',
  'softmax',
]);

export function englishWords(text: string): string[] {
  const stripped = text
    // quoted strings: a value or a key from the file, or a character of the syntax
    .replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, ' ')
    // a parenthesised list of PyTorch dimension names: (seq_len, batch, input_size)
    .replace(/\((?:[a-z_?]+|\d+)(?:, (?:[a-z_?]+|\d+|…))*\)/g, ' ')
    // code and paths: anything with a dot, underscore, bracket or digit in it
    .replace(/[\w.]*[._[\]\d][\w.[\]()='-]*/g, ' ');
  return (stripped.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !NAMES.has(w));
}
