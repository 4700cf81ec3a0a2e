/**
 * What the checkpoint panel shows of a probe run: the gate that keeps memory and the state it
 * keeps, as units × time matrices of the top layer, with their mean in words.
 */
import type { CellKind, Trace } from '../../engine';
import type { Lang } from '../../i18n/lang';
import { trainingStoreMessages } from './messages';

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

type TitleKey = 'probeForget' | 'probeCell' | 'probeUpdate' | 'probeHidden';

const SHOWN: Record<CellKind, readonly (readonly [string, TitleKey, ProbeMap['scale'], string])[]> =
  {
    lstm: [
      ['f', 'probeForget', 'sequential', 'forget'],
      ['c', 'probeCell', 'diverging', 'cell'],
    ],
    gru: [
      ['z', 'probeUpdate', 'sequential', 'update'],
      ['h', 'probeHidden', 'diverging', 'state'],
    ],
    rnn: [['h', 'probeHidden', 'diverging', 'hidden']],
  };

const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / Math.max(1, a.length);

/** The heatmaps and summary of a probe run, worded in `lang`. */
export function probeView(probe: Trace, lang: Lang = 'en'): ProbeView {
  const m = trainingStoreMessages[lang];
  const { cell, hiddenSize: H, numLayers: L } = probe.config;
  const layer = L - 1;
  const q = probe.layers[layer];
  const where = L > 1 ? m.layer(layer + 1) : '';
  const maps = SHOWN[cell].map(([name, title, scale, step]) => ({
    title: m.probeTitle(m[title], where),
    values: q[name],
    rows: H,
    cols: probe.seqLen,
    scale,
    step,
  }));
  const gateMean = cell === 'rnn' ? null : mean(cell === 'lstm' ? q.f : q.z);
  const gateSummary =
    gateMean === null
      ? m.rnnNoGate
      : m.gateMean(cell === 'lstm' ? m.forgetGate : m.updateGate, gateMean.toFixed(3));
  return { layer, maps, gateSummary, gateMean };
}
