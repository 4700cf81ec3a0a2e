/** Which of the lab's presets the settings are, if any: the one whose every setting they hold. */
import { LAB_PRESETS, type LabPreset } from './labPresets';
import type { Settings } from './settings';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function activePreset(s: Settings): LabPreset | null {
  return (
    LAB_PRESETS.find((p) =>
      Object.entries(p.settings).every(([k, v]) => same(s[k as keyof Settings], v)),
    ) ?? null
  );
}
