import { createGateScopeStore, type GateScopeStore } from '../store';
import { settingsOf } from './convert';
import type { UrlState } from './params';

/** A widget store at the place a URL state describes (read with `readUrl`, so valid). */
export function createStoreAt(u: UrlState): GateScopeStore {
  const store = createGateScopeStore(settingsOf(u));
  store.getState().setTimeStep(u.t);
  store.getState().setSubstep(u.sub);
  store.getState().setUnit(u.unit);
  return store;
}
