import type { Cursor } from '../cursor';
import type { SequenceSetting, Settings } from '../settings';
import { DEFAULT_URL_STATE, URL_PARAMS, type UrlState } from './params';

/** What of a widget the URL holds: its settings, cursor and unit. */
export interface WidgetPlace {
  readonly settings: Settings;
  readonly cursor: Cursor;
  readonly unit: number;
}

/** The sequence the URL's kind and its field describe. */
export function sequenceOf(u: UrlState): SequenceSetting {
  if (u.seqKind === 'numbers') return { kind: 'numbers', values: u.values };
  if (u.seqKind === 'text') return { kind: 'text', text: u.text };
  return { kind: u.seqKind, seqLen: u.seqLen };
}

/** The widget settings a URL state describes (not yet checked with `settingsProblem`). */
export function settingsOf(u: UrlState): Settings {
  const { cell, hiddenSize, numLayers, bias, seed, init, weightScale, recurrentScale } = u;
  const { gateBias, amplitude, loss } = u;
  const sequence = sequenceOf(u);
  return {
    cell,
    hiddenSize,
    numLayers,
    bias,
    seed,
    init,
    weightScale,
    recurrentScale,
    gateBias,
    sequence,
    amplitude,
    loss,
  };
}

/**
 * The URL state of a widget at a place, keeping the page's own fields (`base`: view, embed,
 * panels, hide, lang). A sequence's unused fields stay at their defaults, so they are left out.
 */
export function urlStateOf(place: WidgetPlace, base: UrlState = DEFAULT_URL_STATE): UrlState {
  const { sequence, ...rest } = place.settings;
  const d = URL_PARAMS;
  return {
    ...base,
    ...rest,
    seqKind: sequence.kind,
    seqLen: 'seqLen' in sequence ? sequence.seqLen : d.seqLen.default,
    values: sequence.kind === 'numbers' ? sequence.values : d.values.default,
    text: sequence.kind === 'text' ? sequence.text : d.text.default,
    t: place.cursor.t,
    sub: place.cursor.sub,
    unit: place.unit,
  };
}
