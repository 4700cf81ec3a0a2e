import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../panels/afterNextPaint';

/** The User Timing mark set once the cell stepper's first screen, with its values, is painted. */
export const READY_MARK = 'gatescope:ready';

/**
 * False until the first screen has been painted, then true. On that paint it sets READY_MARK
 * (once per page; `npm run bench:load` reads it); the switch to true is a transition, so the
 * panels that wait for it render in slices that input can interrupt.
 */
export function useFirstScreenPainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(
    () =>
      afterNextPaint(() => {
        if (
          typeof performance !== 'undefined' &&
          performance.getEntriesByName(READY_MARK).length === 0
        ) {
          performance.mark(READY_MARK);
        }
        startTransition(() => setPainted(true));
      }),
    [],
  );
  return painted;
}
