/**
 * What the checkpoint panel shows of a probe run: the gate that keeps memory and the state it
 * keeps, as units × time matrices of the top layer, with their mean in words.
 */
import type { CellKind, Trace } from '../../engine';

/** One heatmap of the probe run. */
export interface ProbeMap {
  /** The heatmap's title. */
  readonly title: string;
  /** Column-major by step: values[t·H + j] (the (T, 1, H) slice of the trace). */
  readonly values: Float64Array;
  readonly rows: number;
  readonly cols: number;
  /** Gates are drawn 0–1, states around 0. */
  readonly scale: 'sequential' | 'diverging';
  /** The sub-step the quantity belongs to (its colour). */
  readonly step: string;
}

export interface ProbeView {
  /** The layer shown (the top one, which the readout reads), from 0. */
  readonly layer: number;
  readonly maps: readonly ProbeMap[];
  /** The memory gate in a sentence, e.g. "mean forget gate f = 0.953". */
  readonly gateSummary: string;
  /** The memory gate's mean over units and steps; null for the RNN (no gate). */
  readonly gateMean: number | null;
}

const SHOWN: Record<CellKind, readonly (readonly [string, string, ProbeMap['scale'], string])[]> = {
  lstm: [
    ['f', 'Forget gate f', 'sequential', 'forget'],
    ['c', 'Cell state c', 'diverging', 'cell'],
  ],
  gru: [
    ['z', 'Update gate z', 'sequential', 'update'],
    ['h', 'Hidden state h', 'diverging', 'state'],
  ],
  rnn: [['h', 'Hidden state h', 'diverging', 'hidden']],
};

const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / Math.max(1, a.length);

/** The heatmaps and summary of a probe run. */
export function probeView(probe: Trace): ProbeView {
  const { cell, hiddenSize: H, numLayers: L } = probe.config;
  const layer = L - 1;
  const q = probe.layers[layer];
  const where = L > 1 ? ` (layer ${layer + 1})` : '';
  const maps = SHOWN[cell].map(([name, title, scale, step]) => ({
    title: `${title} on the probe sequence${where}`,
    values: q[name],
    rows: H,
    cols: probe.seqLen,
    scale,
    step,
  }));
  const gateMean = cell === 'rnn' ? null : mean(cell === 'lstm' ? q.f : q.z);
  const gateSummary =
    gateMean === null
      ? 'a plain RNN has no gate: h is rewritten at every step'
      : `mean ${cell === 'lstm' ? 'forget gate f' : 'update gate z'} = ${gateMean.toFixed(3)}`;
  return { layer, maps, gateSummary, gateMean };
}
