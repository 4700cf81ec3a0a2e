import { createGateScopeStore, type GateScopeStore, type StoreOptions } from '../store';
import { settingsOf, type WidgetPlace } from './convert';
import type { SettingsProblem } from '../problems';
import type { UrlState } from './params';

/** A widget store at the place a URL state describes (read with `readUrl`, so valid). */
export function createStoreAt(u: UrlState, options: StoreOptions = {}): GateScopeStore {
  const store = createGateScopeStore(settingsOf(u), options);
  store.getState().setTimeStep(u.t);
  store.getState().setSubstep(u.sub);
  store.getState().setUnit(u.unit);
  return store;
}

/**
 * Moves a widget store to a place, paused: its settings (unless the store refuses them, whose
 * reason is returned), then the cursor and unit, clamped to the run.
 */
export function moveStoreTo(store: GateScopeStore, place: WidgetPlace): SettingsProblem | null {
  const s = store.getState();
  s.pause();
  const same = JSON.stringify(place.settings) === JSON.stringify(s.settings);
  const problem = same ? null : s.update(place.settings);
  store.getState().setTimeStep(place.cursor.t);
  store.getState().setSubstep(place.cursor.sub);
  store.getState().setUnit(place.unit);
  return problem;
}
