/** What the compare view writes under its chart: one ratio sentence per cell. */
import type { CellKind } from '../engine';
import type { Lang } from '../i18n/lang';
import type { CompareRun } from './compare';
import { ratioMessages } from './gradientMessages';
import { gradientRatio, ratioSentence, type GradientVerdict } from './gradientRatio';
import { cached } from './memo';

const NAMES: Record<CellKind, string> = { rnn: 'RNN', lstm: 'LSTM', gru: 'GRU' };

/** The curve the compare chart draws for a run: the LSTM's ‖∂L/∂c_t‖, else ‖∂L/∂h_t‖. */
export const memoryCurve = (r: CompareRun): Float64Array =>
  r.memory === 'c' && r.normC ? r.normC : r.normH;

/** One cell's line in the compare view. */
export interface CompareLine {
  readonly cell: CellKind;
  readonly verdict: GradientVerdict;
  /** "RNN: the gradient reaching t = 0 is 3.1 × 10⁻⁹ of the one at t = 49: it has vanished." */
  readonly sentence: string;
}

const lineCache: Record<Lang, WeakMap<CompareRun, CompareLine>> = {
  en: new WeakMap(),
  zh: new WeakMap(),
};

/** A run's line, in `lang` (cached per run and language). */
export function compareLine(r: CompareRun, lang: Lang = 'en'): CompareLine {
  return cached(lineCache[lang], r, () => {
    const ratio = gradientRatio(memoryCurve(r));
    const what = r.memory === 'c' ? 'cell-state gradient' : 'gradient';
    const s = ratioSentence(ratio, what, lang);
    return {
      cell: r.cell,
      verdict: ratio.verdict,
      sentence: ratioMessages[lang].cellLine(NAMES[r.cell], s),
    };
  });
}
