import { useId } from 'react';
import {
  LIMITS,
  selectInputNotice,
  selectSequence,
  selectSettings,
  selectUpdate,
  useGateScope,
} from '../../store';
import { NumberField } from '../settings/NumberField';
import '../settings/settings.css';
import { InputValues } from './InputValues';
import {
  PRESETS,
  PRESET_MAX_LENGTH,
  isTextPreset,
  isWave,
  presetOf,
  sequenceForPreset,
} from './presets';
import { useLang, useMessages } from '../../i18n';
import { inputNoticeText } from '../../store/modelNotes';
import { editorMessages } from './messages';
import './sequenceEditor.css';

/**
 * The sequence editor: a preset (waves, an impulse, seeded noise, English or Chinese text), its
 * length, and the values or text themselves, editable. The model's input size follows the
 * sequence (the store sees to it); what cannot run is marked and the last valid input runs on.
 * A loaded model fixes the input size: when the input runs differs from the one set here (the
 * model's own input, or one made to fit), a notice says so.
 */
export function SequenceEditor() {
  const id = useId();
  const m = useMessages(editorMessages);
  const lang = useLang();
  const settings = useGateScope(selectSettings);
  const sequence = useGateScope(selectSequence);
  const update = useGateScope(selectUpdate);
  const notice = useGateScope(selectInputNotice);
  const seq = settings.sequence;
  const preset = presetOf(seq);
  const I = sequence.inputSize;
  return (
    <section className="panel sequence-editor" aria-labelledby={`${id}-title`} data-no-swipe>
      <h2 id={`${id}-title`}>{m.title}</h2>
      <div className="field">
        <label htmlFor={`${id}-preset`}>{m.preset}</label>
        <select
          id={`${id}-preset`}
          value={preset}
          onChange={(e) =>
            update({ sequence: sequenceForPreset(e.target.value as typeof preset, settings) })
          }
        >
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {m[p.id]}
            </option>
          ))}
        </select>
      </div>
      {isWave(seq) && (
        <NumberField
          label={m.sequenceLength}
          value={seq.seqLen}
          min={LIMITS.seqLen.min}
          max={PRESET_MAX_LENGTH}
          slider
          onCommit={(seqLen) => update({ sequence: { kind: seq.kind, seqLen } })}
        />
      )}
      <InputValues text={isTextPreset(preset)} />
      <p className="sequence-summary">
        {m.timeSteps(sequence.seqLen)} ·{' '}
        {sequence.vocabulary ? m.characters(I) : I === 1 ? m.oneNumber : m.numbersPerStep(I)}
      </p>
      {notice && (
        <p className="input-notice" role="status">
          {inputNoticeText(notice, lang)}
        </p>
      )}
    </section>
  );
}
