/**
 * Memory for the runs a widget makes again and again while a slider drags. Allocating a run's
 * arrays costs more than computing them in Chromium (an LSTM at hidden 64, 50 steps: 4.6 ms a
 * run with new arrays, 1.9 ms reusing them), so the gradient lab's store takes each run's
 * arrays from the next of a few workspaces in turn.
 *
 * A run's arrays stay as they are for the next RING − 1 runs, for a render that is a run or two
 * behind. A plot off screen holds an older run while a drag goes on (useWhileVisible), possibly
 * many runs older: it holds the time cursor with it and does not render again until it catches
 * up with the newest run, so it never reads arrays that a later run has overwritten. Nothing else
 * keeps a run: what leaves the store (a file, the compare view's summary) is copied.
 */
import { createWorkspace, FRESH, type Workspace } from '../engine';

const RING = 6;

/** Where each new run's arrays come from. */
export type RunMemory = () => Workspace;

/** New arrays for every run: results may be kept for ever. */
export const freshMemory: RunMemory = () => FRESH;

/** RING workspaces in turn. */
export function ringMemory(): RunMemory {
  const ring = Array.from({ length: RING }, createWorkspace);
  let at = 0;
  return () => {
    at = (at + 1) % RING;
    return ring[at];
  };
}
