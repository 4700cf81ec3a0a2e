import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LAB_DEFAULTS, LAB_PRESETS, type Settings } from '../../src/store';
import { activePreset } from '../../src/store/activePreset';

const lab = (change: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  ...LAB_DEFAULTS,
  ...change,
});

describe('activePreset(settings)', () => {
  it('finds each preset from its own settings, whatever the seed', () => {
    for (const p of LAB_PRESETS) {
      expect(activePreset(lab(p.settings))?.id).toBe(p.id);
      expect(activePreset(lab({ ...p.settings, seed: 7 }))?.id).toBe(p.id);
    }
  });

  it('is null once any of the preset’s settings moves', () => {
    const lstm = LAB_PRESETS.find((p) => p.id === 'lstm')!.settings;
    expect(activePreset(lab({ ...lstm, gateBias: 2.9 }))).toBeNull();
    expect(activePreset(lab({ ...lstm, sequence: { kind: 'noise', seqLen: 49 } }))).toBeNull();
    expect(activePreset(lab())).toBeNull();
  });
});
