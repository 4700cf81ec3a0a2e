/**
 * The stepper's files: a weights file read into a loaded model, and the current run written out
 * as weights JSON (DESIGN.md's format) and as trace JSON (what `npm run trace` prints).
 */
import {
  parseWeightsJson,
  stringifyTrace,
  traceReport,
  writeWeights,
  type CellKind,
  type LinearHead,
  type LossInputs,
} from '../engine';
import { toNested } from '../engine/nested';
import type { ModelOrigin } from './modelNotes';
import type { ModelProblem } from './problems';
import type { LoadedModel } from './source';
import type { GateScopeState } from './state';

/** Files above this size are refused before they are read (a 128-unit, 3-layer LSTM is ~10 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The outcome of reading a weights file: the model, or what is wrong (as data). */
export type ImportResult =
  | { readonly ok: true; readonly loaded: LoadedModel }
  | { readonly ok: false; readonly problem: ModelProblem };

/** Keys the training lab writes beside the weights, kept so that an export writes them back. */
const EXTRA_KEYS = ['readout.weight', 'readout.bias'] as const;

/** A head read from the state_dict (`fc.weight`, `fc.bias`), written back as readout keys. */
function headKeys(head: LinearHead, H: number): Record<string, unknown> {
  return {
    'readout.weight': toNested(head.weight, [head.outputs, H]),
    ...(head.bias && { 'readout.bias': Array.from(head.bias) }),
  };
}

function extraKeys(text: string): Record<string, unknown> | undefined {
  if (!text.includes('"readout.')) return undefined;
  const json = JSON.parse(text) as Record<string, unknown>;
  const found = EXTRA_KEYS.filter((k) => json[k] !== undefined);
  return found.length > 0 ? Object.fromEntries(found.map((k) => [k, json[k]])) : undefined;
}

/** The size refusal, or null. */
export function sizeProblem(bytes: number): ModelProblem | null {
  return bytes <= MAX_IMPORT_BYTES ? null : { kind: 'tooBig', bytes, max: MAX_IMPORT_BYTES };
}

/**
 * Reads a weights file's text (see `readWeights` for the layouts) into a model the stepper can
 * load. The file's inputs come along, and its loss inputs with them; a problem comes back as
 * the engine's, at the key it names.
 */
export function readModelFile(text: string, origin: ModelOrigin): ImportResult {
  const tooBig = sizeProblem(text.length);
  if (tooBig !== null) return { ok: false, problem: tooBig };
  const parsed = parseWeightsJson(text);
  if (!parsed.ok) {
    const { path, problem } = parsed.error;
    return { ok: false, problem: { kind: 'file', path, problem } };
  }
  const { model, inputs, loss, head } = parsed.file;
  const extra = head ? headKeys(head, model.config.hiddenSize) : extraKeys(text);
  const loaded: LoadedModel = {
    model,
    from: 'file',
    origin,
    ...(inputs && { inputs }),
    ...(inputs && loss && { loss }),
    ...(extra && { extra }),
  };
  return { ok: true, loaded };
}

type RunState = Pick<GateScopeState, 'model' | 'input' | 'lossInputs' | 'loaded'>;

/** The run's loss inputs, and the file's other one when the run is on the file's own input. */
function exportedLoss(s: RunState): LossInputs {
  const own = s.loaded?.inputs === s.input ? s.loaded.loss : undefined;
  return { ...own, ...s.lossInputs };
}

/**
 * The current model as weights JSON, with the run's input (x, h0, c0) and loss inputs, so that
 * importing it gives the same run and `npm run trace` on it prints `traceText`. A model from the
 * training lab keeps its readout keys.
 */
export function weightsText(s: RunState): string {
  const json = writeWeights(s.model, { inputs: s.input, loss: exportedLoss(s) });
  return JSON.stringify({ ...json, ...s.loaded?.extra });
}

/** The current run as trace JSON, exactly as `npm run --silent trace` prints it for that input. */
export function traceText(s: RunState): string {
  return stringifyTrace(traceReport(s.model, s.input, exportedLoss(s))) + '\n';
}

/** e.g. `gatescope-lstm-weights.json`, `gatescope-gru-trace.json`. */
export function exportFilename(cell: CellKind, kind: 'weights' | 'trace'): string {
  return `gatescope-${cell}-${kind}.json`;
}
