import { useDeferredValue } from 'react';
import { useGateScope, type GateScopeState } from '../../store';

/**
 * A store value for a secondary plot: read at once, but handed to the plot through React's
 * useDeferredValue, so that while a slider drags the main plot is painted first and this one in
 * the next idle moment (an urgent render gets the previous value, which memoised charts skip).
 */
export function useDeferredSelect<T>(selector: (s: GateScopeState) => T): T {
  return useDeferredValue(useGateScope(selector));
}
