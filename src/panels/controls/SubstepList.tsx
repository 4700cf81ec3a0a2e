import { selectCursor, selectSubsteps, useGateScope } from '../../store';

/** The current cell's numbered sub-steps, the cursor's one marked as the current step. */
export function SubstepList() {
  const substeps = useGateScope(selectSubsteps);
  const { sub } = useGateScope(selectCursor);
  return (
    <ol className="substeps" aria-label="Sub-steps of one time step">
      {substeps.map((s, k) => (
        <li
          key={s.id}
          data-step={s.id}
          className={k < sub ? 'done' : k === sub ? 'current' : 'pending'}
          aria-current={k === sub ? 'step' : undefined}
        >
          <span className="substep-number">{k + 1}</span> {s.title}
        </li>
      ))}
    </ol>
  );
}
