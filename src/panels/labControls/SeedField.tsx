import { useId, useState } from 'react';
import { LIMITS } from '../../store';
import { useLabController } from './LabProvider';

/** The "Seed" field: every random draw (weights, noise input, loss targets) comes from it. */
export function SeedField({ seed }: { seed: number }) {
  const id = useId();
  const { update } = useLabController();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="lab-seed">
      <label htmlFor={id}>Seed</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={LIMITS.seed.min}
        max={LIMITS.seed.max}
        step={1}
        value={seed}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) =>
          setProblem(e.target.value === '' ? null : update({ seed: Number(e.target.value) }))
        }
      />
      <button type="button" onClick={() => setProblem(update({ seed: seed + 1 }))}>
        Next seed
      </button>
      {problem && (
        <p id={`${id}-problem`} className="lab-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
