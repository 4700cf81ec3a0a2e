import { backward } from './backward';
import { runForward } from './forward';
import { writeConfig } from './interop-write';
import type { ConfigJson } from './interop-write';
import type { LossInputs } from './interop-read';
import { lossLast, lossSum } from './losses';
import { toNested } from './nested';
import { paramShape } from './params';
import type { Gradients, LayerTrace, Model, NonFiniteAt, RunInput, Trace } from './types';

/** One loss's gradients in the fixtures' layout (nested lists in PyTorch shapes). */
export interface GradsJson {
  readonly params: Record<string, unknown>;
  readonly x: unknown;
  readonly h0: unknown;
  readonly c0?: unknown;
  readonly layers: Record<string, unknown>[];
}

/** The per-step gradient-norm curve of one loss: ‖∂L/∂h_t‖, ‖∂L/∂c_t‖, ‖∂L/∂h0‖, ‖∂L/∂c0‖. */
export interface GradNormsJson {
  readonly h: number[];
  readonly c?: number[];
  readonly h0: number;
  readonly c0?: number;
}

/**
 * The engine's full result laid out like the reference fixtures' `forward`, `loss`, `grads`
 * and `grad_norms` (see test/fixtures/pytorch/README.md), plus `config` and `non_finite`.
 * A loss whose input (Wout or target) was not given is left out everywhere.
 */
export interface TraceJson {
  readonly config: ConfigJson;
  readonly forward: {
    readonly output: unknown;
    readonly h_n: unknown;
    readonly c_n?: unknown;
    readonly layers: Record<string, unknown>[];
  };
  /** The loss values, with the inputs they were computed from (Wout (T, B, H), target (B, H)). */
  readonly loss: {
    readonly Wout?: unknown;
    readonly target?: unknown;
    readonly L_sum?: number;
    readonly L_last?: number;
  };
  readonly grads: { readonly L_sum?: GradsJson; readonly L_last?: GradsJson };
  readonly grad_norms: { readonly L_sum?: GradNormsJson; readonly L_last?: GradNormsJson };
  /** Where a value first became NaN or ±Infinity (forward, and each loss's backward), or null. */
  readonly non_finite: {
    readonly forward: NonFiniteAt | null;
    readonly L_sum?: NonFiniteAt | null;
    readonly L_last?: NonFiniteAt | null;
  };
}

function layersJson(layers: readonly LayerTrace[], shape: number[]): Record<string, unknown>[] {
  return layers.map((q) =>
    Object.fromEntries(Object.entries(q).map(([name, v]) => [name, toNested(v, shape)])),
  );
}

function gradsJson(model: Model, trace: Trace, g: Gradients): GradsJson {
  const { numLayers: L, hiddenSize: H, inputSize: I } = model.config;
  const { seqLen: T, batch: B } = trace;
  const params: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(g.params)) {
    params[name] = toNested(v, paramShape(model.config, name));
  }
  return {
    params,
    x: toNested(g.x, [T, B, I]),
    h0: toNested(g.h0, [L, B, H]),
    ...(g.c0 ? { c0: toNested(g.c0, [L, B, H]) } : {}),
    layers: layersJson(g.layers, [T, B, H]),
  };
}

function normsJson(g: Gradients): GradNormsJson {
  return {
    h: Array.from(g.norms.h),
    ...(g.norms.c ? { c: Array.from(g.norms.c) } : {}),
    h0: g.norms.h0,
    ...(g.norms.c0 !== undefined ? { c0: g.norms.c0 } : {}),
  };
}

/** Runs `model` forward on `inputs`, and backward for each loss `loss` gives the input of. */
export function traceReport(model: Model, inputs: RunInput, loss: LossInputs = {}): TraceJson {
  const { numLayers: L, hiddenSize: H } = model.config;
  const trace = runForward(model, inputs);
  const { seqLen: T, batch: B } = trace;
  const losses = {
    L_sum: loss.Wout ? lossSum(trace, loss.Wout) : undefined,
    L_last: loss.target ? lossLast(trace, loss.target) : undefined,
  };
  const report = {
    config: writeConfig(model.config),
    forward: {
      output: toNested(trace.output, [T, B, H]),
      h_n: toNested(trace.hN, [L, B, H]),
      ...(trace.cN ? { c_n: toNested(trace.cN, [L, B, H]) } : {}),
      layers: layersJson(trace.layers, [T, B, H]),
    },
    loss: {
      ...(loss.Wout ? { Wout: toNested(loss.Wout, [T, B, H]) } : {}),
      ...(loss.target ? { target: toNested(loss.target, [B, H]) } : {}),
    } as Record<string, unknown>,
    grads: {} as Record<string, GradsJson>,
    grad_norms: {} as Record<string, GradNormsJson>,
    non_finite: { forward: trace.nonFinite } as Record<string, NonFiniteAt | null>,
  };
  for (const [name, result] of Object.entries(losses)) {
    if (result === undefined) continue;
    const g = backward(model, trace, result.dOutput);
    report.loss[name] = result.value;
    report.grads[name] = gradsJson(model, trace, g);
    report.grad_norms[name] = normsJson(g);
    report.non_finite[name] = g.nonFinite;
  }
  return report as TraceJson;
}

/**
 * JSON text of a trace report. JSON has no NaN or Infinity, so such values are written as the
 * strings "NaN", "Infinity" and "-Infinity" (`Number(s)` or Python's `float(s)` turn them back).
 */
export function stringifyTrace(report: TraceJson, indent?: number): string {
  return JSON.stringify(
    report,
    (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v),
    indent,
  );
}
