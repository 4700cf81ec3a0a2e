import { useId, useMemo, useState } from 'react';
import {
  formulaAt,
  selectCursor,
  selectLayer,
  selectModel,
  selectSample,
  selectSubsteps,
  selectTrace,
  selectUnit,
  useGateScope,
} from '../../store';
import { MathText } from '../MathText';
import { Equation } from './Equation';
import { substepTitle, useLang, useMessages } from '../../i18n';
import { formulaMessages, stepNoteMessages } from './messages';
import { TermsTables } from './TermsTables';
import { UnitPicker } from './UnitPicker';
import './formula.css';

type StepNotes = (typeof stepNoteMessages)['en'];
const noteOf = (notes: StepNotes, key: string): string =>
  key in notes ? notes[key as keyof StepNotes] : '';

/**
 * The formula panel: the current sub-step's equation typeset with the chosen unit's numbers
 * from the engine's trace, a "Show terms" disclosure with every product of its sums, and the
 * unit choice.
 */
export function FormulaPanel() {
  const titleId = useId();
  const lang = useLang();
  const m = useMessages(formulaMessages);
  const termsId = useId();
  const model = useGateScope(selectModel);
  const trace = useGateScope(selectTrace);
  const cursor = useGateScope(selectCursor);
  const layer = useGateScope(selectLayer);
  const sample = useGateScope(selectSample);
  const unit = useGateScope(selectUnit);
  const substeps = useGateScope(selectSubsteps);
  const [open, setOpen] = useState(false);
  const formula = useMemo(
    () => formulaAt(model, trace, cursor, { layer, sample, unit }),
    [model, trace, cursor, layer, sample, unit],
  );
  const cell = trace.config.cell;
  const step = substeps[cursor.sub];
  const halves =
    formula.kind === 'affine' || formula.kind === 'gruCandidate' ? [formula.ih, formula.hh] : null;
  return (
    <section className="panel formula" aria-labelledby={titleId} data-step={step.id}>
      <div className="formula-head">
        <h2 id={titleId}>
          <span className="substep-number">{cursor.sub + 1}</span>
          {substepTitle(lang, cell, step.id)}{' '}
          <span className="formula-of">{m.of(cursor.sub + 1, substeps.length, unit + 1)}</span>
        </h2>
        <UnitPicker />
      </div>
      <Equation formula={formula} j={unit} />
      <p className="formula-note">
        <MathText text={noteOf(stepNoteMessages[lang], `${cell}:${step.id}`)} />
        {layer > 0 && <MathText text={m.layerBelow(layer)} />}
      </p>
      {halves && (
        <div className="terms-disclosure">
          <button
            type="button"
            className="terms-toggle"
            aria-expanded={open}
            aria-controls={termsId}
            onClick={() => setOpen(!open)}
          >
            <span className="chevron" aria-hidden="true">
              ▸
            </span>
            {m.showTerms}
          </button>
          {open && <TermsTables id={termsId} halves={halves} j={unit} />}
        </div>
      )}
    </section>
  );
}
