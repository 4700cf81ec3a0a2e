import { useId } from 'react';
import { LAB_PRESETS } from '../../store';
import { activePreset } from '../../store/activePreset';
import { useLabController, useLabSettings } from './LabProvider';

/**
 * One-click set-ups that each show one of the lab's claims. The preset the settings are now is
 * marked, and its description (what to look at) is shown under the buttons.
 */
export function Presets() {
  const id = useId();
  const { update } = useLabController();
  const active = activePreset(useLabSettings());
  return (
    <section className="panel lab-presets" aria-labelledby={id}>
      <h2 id={id}>Presets</h2>
      <ul>
        {LAB_PRESETS.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              data-preset={p.id}
              aria-current={p.id === active?.id ? 'true' : undefined}
              aria-describedby={`${id}-${p.id}`}
              onClick={() => update(p.settings)}
            >
              {p.title}
            </button>
            <span id={`${id}-${p.id}`} className="lab-visually-hidden">
              {p.description}
            </span>
          </li>
        ))}
      </ul>
      <p className="lab-preset-note" aria-hidden="true">
        {active ? (
          <>
            <strong>{active.title}.</strong> {active.description}
          </>
        ) : (
          'Each preset sets the lab up to show one claim; then drag a slider to see it change.'
        )}
      </p>
    </section>
  );
}
