import { startTransition, useEffect, useState } from 'react';
import { SETTLE_MS } from '../store/labAsync';

/**
 * Whether the element is on screen (or within `margin` of it). True until it is known, and
 * where IntersectionObserver does not exist, so nothing is ever held back by mistake. Takes the
 * element itself (from a callback ref), so that it follows an element that is replaced.
 */
export function useOnScreen(el: Element | null, margin = '200px'): boolean {
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

/**
 * `value` while the plot is on screen. Off screen, the value it last showed, until `value` has
 * stayed the same for SETTLE_MS or the plot comes on screen. Plots below the fold then cost
 * nothing while a slider drags, and are never left stale once it pauses (a screen reader reads
 * them off screen too).
 */
export function useWhileVisible<T>(value: T, onScreen: boolean): T {
  const [shown, setShown] = useState(value);
  // Derived state, updated during render (React's documented pattern for it).
  if (onScreen && !Object.is(shown, value)) setShown(() => value);
  useEffect(() => {
    if (onScreen || Object.is(shown, value)) return;
    const id = setTimeout(() => startTransition(() => setShown(() => value)), SETTLE_MS);
    return () => clearTimeout(id);
  }, [onScreen, shown, value]);
  return onScreen ? value : shown;
}

/** A callback ref for a plot's element, and whether that element is on screen. */
export function useScreenBox(): [(el: Element | null) => void, boolean] {
  const [box, setBox] = useState<Element | null>(null);
  return [setBox, useOnScreen(box)];
}
