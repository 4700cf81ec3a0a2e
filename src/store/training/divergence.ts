/** Why training diverged, in the UI language. */
import type { Lang } from '../../i18n/lang';
import { trainingStoreMessages } from './messages';

/**
 * The engine's reason ("the loss became Infinity", "the gradient norm became NaN",
 * "weight_hh_l0[12] became -Infinity": src/engine/train/trainer.ts) in `lang`. The engine words
 * it in English and the training worker passes it on as text, so it is read back here; a reason
 * of another shape is shown as it came.
 */
export function divergenceReason(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  const m = trainingStoreMessages[lang];
  const loss = /^the loss became (.+)$/.exec(reason);
  if (loss) return m.lossBecame(loss[1]);
  const norm = /^the gradient norm became (.+)$/.exec(reason);
  if (norm) return m.normBecame(norm[1]);
  const weight = /^(\w+\[\d+\]) became (.+)$/.exec(reason);
  if (weight) return m.weightBecame(weight[1], weight[2]);
  return reason;
}
