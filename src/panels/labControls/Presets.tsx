import { useId } from 'react';
import { useMessages } from '../../i18n';
import { LAB_PRESETS, labPresetDescriptions, labPresetTitles } from '../../store';
import { activePreset } from '../../store/activePreset';
import { useLabController, useLabSettings } from './LabProvider';
import { labControlsMessages } from './messages';

/**
 * One-click set-ups that each show one of the lab's claims. The preset the settings are now is
 * marked, and its description (what to look at) is shown under the buttons.
 */
export function Presets() {
  const id = useId();
  const { update } = useLabController();
  const active = activePreset(useLabSettings());
  const m = useMessages(labControlsMessages);
  const titles = useMessages(labPresetTitles);
  const descriptions = useMessages(labPresetDescriptions);
  return (
    <section className="panel lab-presets" aria-labelledby={id}>
      <h2 id={id}>{m.presets}</h2>
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
              {titles[p.id]}
            </button>
            <span id={`${id}-${p.id}`} className="visually-hidden">
              {descriptions[p.id]}
            </span>
          </li>
        ))}
      </ul>
      <p className="lab-preset-note" aria-hidden="true">
        {active ? (
          <>
            <strong>{m.presetLead(titles[active.id])}</strong> {descriptions[active.id]}
          </>
        ) : (
          m.presetNote
        )}
      </p>
    </section>
  );
}
