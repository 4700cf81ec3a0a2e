import { failAt } from './interop-error';
import { checkShape, readTensor } from './nested';
import { LAYER_TENSORS, paramNames, paramShape, parseParamName } from './params';
import type { CellKind, Model, ModelConfig, Params } from './types';

/**
 * An `nn.Linear` head saved beside the recurrent module (`fc.weight` (O, H), `fc.bias` (O)), as
 * in the `state_dict` of a whole model such as `self.lstm = nn.LSTM(…); self.fc = nn.Linear(H, O)`.
 */
export interface LinearHead {
  /** The head's key prefix in the file, e.g. "fc." */
  readonly prefix: string;
  /** O: output features. */
  readonly outputs: number;
  /** weight: (O, H), row-major. */
  readonly weight: Float64Array;
  /** bias: (O), or null for `bias=False`. */
  readonly bias: Float64Array | null;
}

/** What a `state_dict` map holds: the recurrent module, and its head when there is one. */
export interface StateDict {
  readonly model: Model;
  readonly head?: LinearHead;
}

/** The cell whose weights stack G gate blocks: LSTM i, f, g, o; GRU r, z, n; RNN h. */
const CELL_OF_GATES: Record<number, CellKind> = { 4: 'lstm', 3: 'gru', 1: 'rnn' };

/**
 * Reads a PyTorch `state_dict` map of nested lists into a model, inferring its config from the
 * shapes. `base` is the map's path in the file (`params`, or `''` for a bare map) and prefixes
 * every error path. All the module's keys may share one prefix (`lstm.weight_ih_l0`), which is
 * dropped; beside them one `nn.Linear` head (`fc.weight`, `fc.bias`) may stand. Throws an
 * `InteropError` naming the offending key at the first problem.
 */
export function readStateDict(map: Record<string, unknown>, base: string): StateDict {
  const prefix = modulePrefix(map, base);
  const at = (name: string) => join(base, prefix + name);
  const { names, top, headKeys } = paramKeys(map, base, prefix);
  const bias = [...names].some((name) => name.startsWith('bias'));
  checkComplete(names, top, bias, at);

  // Layer 0 fixes the sizes: U₀ = weight_hh_l0 is (G·H, H) and W₀ = weight_ih_l0 is (G·H, I).
  const hh0 = readTensor(map[prefix + 'weight_hh_l0'], [undefined, undefined], at('weight_hh_l0'));
  const [rows, H] = hh0.shape;
  const cell = H > 0 && rows % H === 0 ? CELL_OF_GATES[rows / H] : undefined;
  if (cell === undefined) failAt(at('weight_hh_l0'), { kind: 'gateCount', rows, hidden: H });
  const ih0 = readTensor(map[prefix + 'weight_ih_l0'], [rows, undefined], at('weight_ih_l0'));
  if (ih0.shape[1] === 0) failAt(at('weight_ih_l0'), { kind: 'noInputColumns' });
  const config: ModelConfig = {
    cell,
    inputSize: ih0.shape[1],
    hiddenSize: H,
    numLayers: top + 1,
    bias,
  };

  const read = new Map([
    ['weight_hh_l0', hh0.data],
    ['weight_ih_l0', ih0.data],
  ]);
  for (let k = 1; k <= top; k++) {
    // U first, so that a layer of another width is reported as such rather than as a bad W.
    const name = `weight_hh_l${k}`;
    const hh = readTensor(map[prefix + name], [undefined, undefined], at(name));
    if (hh.shape[1] !== H) {
      failAt(at(name), { kind: 'layerWidth', hidden: hh.shape[1], first: H });
    }
    checkShape(hh.shape, paramShape(config, name), at(name));
    read.set(name, hh.data);
  }
  const params: Params = {};
  for (const name of paramNames(config)) {
    params[name] =
      read.get(name) ?? readTensor(map[prefix + name], paramShape(config, name), at(name)).data;
  }
  const model = { config, params };
  return headKeys.length === 0 ? { model } : { model, head: readHead(map, base, headKeys, H) };
}

/** A key that may belong to an `nn.Linear` head: "<prefix>.weight" or "<prefix>.bias". */
const HEAD_KEY = /^(.+\.)(weight|bias)$/;

/** Reads the head from its keys (all with one prefix): weight (O, H) and optional bias (O). */
function readHead(map: Record<string, unknown>, base: string, keys: string[], H: number) {
  const headPrefix = (HEAD_KEY.exec(keys[0]) as RegExpExecArray)[1];
  const second = keys.find(
    (k) => !k.startsWith(headPrefix) || k.indexOf('.', headPrefix.length) >= 0,
  );
  if (second !== undefined) {
    failAt(join(base, second), { kind: 'secondHead', head: headPrefix });
  }
  const w = headPrefix + 'weight';
  const b = headPrefix + 'bias';
  if (map[w] === undefined) {
    failAt(join(base, b), { kind: 'headWithoutWeight', weight: w });
  }
  const weight = readTensor(map[w], [undefined, H], join(base, w), '(out_features, hidden_size)');
  const O = weight.shape[0];
  const bias =
    map[b] === undefined ? null : readTensor(map[b], [O], join(base, b), '(out_features)');
  return { prefix: headPrefix, outputs: O, weight: weight.data, bias: bias?.data ?? null };
}

/** `params` + `weight_ih_l0` → `params.weight_ih_l0`; a bare map has no base. */
function join(base: string, key: string): string {
  return base === '' ? key : `${base}.${key}`;
}

/** The prefix shared by all keys (often `''`), found from the one key ending in `weight_hh_l0`. */
function modulePrefix(map: Record<string, unknown>, base: string): string {
  const found = Object.keys(map).filter((k) => k === 'weight_hh_l0' || k.endsWith('.weight_hh_l0'));
  if (found.length === 0) failAt(base, { kind: 'noModule' });
  if (found.length > 1) failAt(join(base, found[1]), { kind: 'secondModule', first: found[0] });
  return found[0].slice(0, -'weight_hh_l0'.length);
}

/**
 * The parameter names (prefix dropped), the highest layer number among them, and the keys of a
 * head (`fc.weight`, `fc.bias`: a prefix of their own, not the module's).
 */
function paramKeys(map: Record<string, unknown>, base: string, prefix: string) {
  const names = new Set<string>();
  const headKeys: string[] = [];
  let top = 0;
  for (const key of Object.keys(map)) {
    const path = join(base, key);
    const head = HEAD_KEY.exec(key);
    if (
      head &&
      head[1] !== prefix &&
      !(key.startsWith(prefix) && parseParamName(key.slice(prefix.length)))
    ) {
      headKeys.push(key);
      continue;
    }
    if (!key.startsWith(prefix)) {
      failAt(path, { kind: 'outsidePrefix', prefix });
    }
    const name = key.slice(prefix.length);
    const parsed = parseParamName(name);
    if (parsed === null) failAt(path, { kind: 'unknownKey', why: unexpectedKey(name) });
    names.add(name);
    top = Math.max(top, parsed.layer);
  }
  return { names, top, headKeys };
}

/** Why a key that is not an LSTM/GRU/RNN parameter name was refused. */
function unexpectedKey(name: string): 'reverse' | 'projection' | 'unknown' {
  if (/_reverse$/.test(name)) return 'reverse';
  if (/^weight_hr_l\d+$/.test(name)) return 'projection';
  return 'unknown';
}

/** Every layer 0 … top must have W and U, and with bias both bias vectors. */
function checkComplete(names: Set<string>, top: number, bias: boolean, at: (n: string) => string) {
  for (let k = 0; k <= top; k++) {
    const layerEmpty = LAYER_TENSORS.every((t) => !names.has(`${t}_l${k}`));
    for (const tensor of LAYER_TENSORS) {
      const name = `${tensor}_l${k}`;
      const isBias = tensor.startsWith('bias');
      if (names.has(name) || (isBias && !bias)) continue;
      if (layerEmpty) {
        failAt(at(name), { kind: 'missingLayer', layer: k, top });
      }
      failAt(at(name), { kind: 'missing', layer: k, bias: isBias });
    }
  }
}
