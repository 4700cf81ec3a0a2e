import { useState } from 'react';
import type { Cursor } from '../../store';

/** True when `next` is one sub-step after `prev` (carrying into the next time step). */
export function isNextSubstep(prev: Cursor, next: Cursor, substeps: number): boolean {
  if (next.t === prev.t) return next.sub === prev.sub + 1;
  return next.t === prev.t + 1 && next.sub === 0 && prev.sub === substeps - 1;
}

/**
 * The key of the entrance animation to play: set when the cursor has just moved one sub-step
 * forward, null after any other move (those show the new state at once). Each move replaces
 * the key, so a move during an animation ends it and starts the next: input is never blocked.
 */
export function useFlow(cursor: Cursor, substeps: number): string | null {
  const [seen, setSeen] = useState({ cursor, flow: null as string | null });
  if (seen.cursor !== cursor) {
    const forward = isNextSubstep(seen.cursor, cursor, substeps);
    const flow = forward ? `${cursor.t}:${cursor.sub}` : null;
    setSeen({ cursor, flow });
    return flow;
  }
  return seen.flow;
}
