import { substepTitle, useLang, useMessages } from '../../i18n';
import { selectCell, selectCursor, selectSubsteps, useGateScope } from '../../store';
import { controlsMessages } from './messages';

/** The current cell's numbered sub-steps, the cursor's one marked as the current step. */
export function SubstepList() {
  const substeps = useGateScope(selectSubsteps);
  const { sub } = useGateScope(selectCursor);
  const cell = useGateScope(selectCell);
  const lang = useLang();
  const t = useMessages(controlsMessages);
  return (
    <ol className="substeps" aria-label={t.substeps}>
      {substeps.map((s, k) => (
        <li
          key={s.id}
          data-step={s.id}
          className={k < sub ? 'done' : k === sub ? 'current' : 'pending'}
          aria-current={k === sub ? 'step' : undefined}
        >
          <span className="substep-number">{k + 1}</span> {substepTitle(lang, cell, s.id)}
        </li>
      ))}
    </ol>
  );
}
