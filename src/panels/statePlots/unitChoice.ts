/** Which units the state line plots draw: pure rules for the unit picker. */

/** At most this many units are drawn at once: one per distinct colour and dash. */
export const MAX_UNITS = 6;

/** The units drawn by default: the first three (fewer when H < 3). */
export const defaultUnits = (H: number): number[] =>
  Array.from({ length: Math.min(3, H) }, (_, j) => j);

/** The chosen units that still exist with H units, sorted; the first unit when none is left. */
export function unitsWithin(chosen: readonly number[], H: number): number[] {
  const kept = [...new Set(chosen)].filter((j) => j >= 0 && j < H).sort((a, b) => a - b);
  return kept.length > 0 ? kept : defaultUnits(H).slice(0, 1);
}

/** Unit j toggled: added (when fewer than MAX_UNITS are chosen) or removed (never the last). */
export function toggleUnit(chosen: readonly number[], j: number): number[] {
  if (chosen.includes(j)) return chosen.length > 1 ? chosen.filter((k) => k !== j) : [...chosen];
  if (chosen.length >= MAX_UNITS) return [...chosen];
  return [...chosen, j].sort((a, b) => a - b);
}
