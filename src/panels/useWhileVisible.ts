import { useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint';
import { SETTLE_MS } from '../store/labAsync';
import { createRestTimer } from '../store/restTimer';

/**
 * Whether the element is on screen (or within `margin` of it). True until it is known, and
 * where IntersectionObserver does not exist, so nothing is ever held back by mistake. Takes the
 * element itself (from a callback ref), so that it follows an element that is replaced. No
 * margin by default: a plot just off screen would cost every input of a drag a redraw nobody
 * sees (the weight-gradient bars above the compare view did); it catches up as it scrolls in.
 */
export function useOnScreen(el: Element | null, margin = '0px'): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setOnScreen(entry.isIntersecting), {
      rootMargin: margin,
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el, margin]);
  return onScreen;
}

/** Catch-ups waiting for their turn, and whether one is being drawn. */
const turns: (() => void)[] = [];
let drawing = false;

/** Runs the next catch-up, then (after the frame it is drawn in) the one after it. */
function nextTurn(): void {
  const f = turns.shift();
  drawing = f !== undefined;
  if (!f) return;
  f();
  afterNextPaint(nextTurn);
}

/**
 * Queues a plot's catch-up (`f` sets its state) to run once the catch-ups before it have been
 * drawn, each in a frame of its own: all plots off screen catch up at the same moment, and
 * together (at hidden 128, 500 steps) they would hold the main thread for more than 50 ms.
 * Returns what takes `f` out of the queue.
 */
function inTurn(f: () => void): () => void {
  turns.push(f);
  if (!drawing) nextTurn();
  return () => {
    const at = turns.indexOf(f);
    if (at >= 0) turns.splice(at, 1);
  };
}

/**
 * The plots off screen waiting for the settings to rest: one timer for every plot, not a timer
 * set and cleared per plot on every input of a drag (see restTimer.ts).
 */
const resting = createRestTimer(SETTLE_MS);

/**
 * What a plot shows of `value` (a run, with what goes with it). For a `small` run (one the main
 * thread computes as a slider drags, see smallRun): `value` while the plot is on screen; off
 * screen, the value it last showed until no plot's value has changed for SETTLE_MS (one rest
 * timer for all) or the plot comes on screen. Plots below the fold then cost nothing while a
 * slider drags, and are not left stale once it pauses (a screen reader reads them off screen
 * too).
 *
 * A bigger run (from a worker) reaches the plots on screen one per frame, in turn after the
 * gradient plot, not all in the task that delivers it: together they would hold the main thread
 * for more than 50 ms. Off screen, such a plot catches up only when scrolled to.
 */
export function useWhileVisible<T>(value: T, onScreen: boolean, small = true): T {
  const [shown, setShown] = useState(value);
  // Derived state, updated during render (React's documented pattern for it).
  if (small && onScreen && !Object.is(shown, value)) setShown(() => value);
  useEffect(() => {
    if (Object.is(shown, value) || (small ? onScreen : !onScreen)) return;
    let leave: (() => void) | null = null;
    const queue = () => (leave = inTurn(() => setShown(() => value)));
    if (small) resting.after(queue, queue);
    else queue();
    return () => {
      resting.cancel(queue);
      leave?.();
    };
  }, [onScreen, small, shown, value]);
  return small && onScreen ? value : shown;
}

/** A callback ref for a plot's element, and whether that element is on screen. */
export function useScreenBox(): [(el: Element | null) => void, boolean] {
  const [box, setBox] = useState<Element | null>(null);
  return [setBox, useOnScreen(box)];
}
