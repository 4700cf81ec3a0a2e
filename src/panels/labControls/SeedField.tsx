import { memo, useId, useState } from 'react';
import { useMessages } from '../../i18n';
import { LIMITS } from '../../store';
import { useLabController } from './LabProvider';
import { labControlsMessages } from './messages';

const { min, max } = LIMITS.seed;

/**
 * The "Seed" field: every random draw (weights, noise input, loss targets) comes from it.
 * Memoised: a slider's drag does not render it again.
 */
export const SeedField = memo(function SeedField({ seed }: { seed: number }) {
  const id = useId();
  const { update } = useLabController();
  const m = useMessages(labControlsMessages);
  // The seed the settings refused, worded here in the UI language (as settingsProblem words it
  // in English: out of range first, then not whole).
  const [refused, setRefused] = useState<number | null>(null);
  const problem =
    refused === null
      ? null
      : !(refused >= min && refused <= max)
        ? m.rangeProblem(m.seed, min, max, String(refused))
        : m.wholeProblem(m.seed, String(refused));
  const tryUpdate = (v: number) => setRefused(update({ seed: v }) === null ? null : v);
  return (
    <div className="lab-seed">
      <label htmlFor={id}>{m.seed}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={seed}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) =>
          e.target.value === '' ? setRefused(null) : tryUpdate(Number(e.target.value))
        }
      />
      <button type="button" onClick={() => tryUpdate(seed + 1)}>
        {m.nextSeed}
      </button>
      {problem && (
        <p id={`${id}-problem`} className="lab-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
});
