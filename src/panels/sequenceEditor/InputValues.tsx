import { LIMITS, selectSettings, selectUpdate, useGateScope, type Settings } from '../../store';
import { useDraft } from '../settings/useDraft';
import { MarkedField } from './MarkedField';
import { marksPast } from './marks';
import { formatNumberList, readInput } from './parseNumbers';
import { baseValues } from './presets';
import { useLang } from '../../i18n';
import { settingsProblemText } from '../../store/problems';
import { editorMessages } from './messages';

/** The field shows the same input while the sequence (and, for seeded noise, the seed) stay. */
const sameInput = (a: Settings, b: Settings) =>
  a.sequence === b.sequence && (a.sequence.kind !== 'noise' || a.seed === b.seed);
const numbersText = (s: Settings) => formatNumberList(baseValues(s) ?? []);
const textOf = (s: Settings) => (s.sequence.kind === 'text' ? s.sequence.text : '');

/**
 * The input itself, editable: a list of numbers (comma or space separated) or text (one step
 * per character). Typing that can run replaces the sequence at once; typing that cannot is
 * marked in place with its reason, and the last valid sequence keeps running.
 */
export function InputValues({ text }: { text: boolean }) {
  const settings = useGateScope(selectSettings);
  const update = useGateScope(selectUpdate);
  const [draft, edit] = useDraft(settings, text ? textOf : numbersText, sameInput);
  const max = LIMITS.seqLen.max;
  const lang = useLang();
  const m = editorMessages[lang];

  const apply = (typed: string) => {
    const read = readInput(typed, text, max, lang);
    if ('problem' in read) return edit(typed, read);
    const problem = update({ sequence: read.sequence });
    edit(
      typed,
      problem === null
        ? { applied: { ...settings, sequence: read.sequence } }
        : {
            problem: m.storeProblem(settingsProblemText(problem, lang)),
            marks: text ? marksPast(typed, max) : [],
          },
    );
  };

  return (
    <MarkedField
      label={text ? m.textLabel : m.valuesLabel}
      hint={text ? m.textHint : m.valuesHint}
      draft={draft}
      rows={text ? 2 : 3}
      onChange={apply}
    />
  );
}
