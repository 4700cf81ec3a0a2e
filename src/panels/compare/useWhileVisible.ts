import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is on screen (or within `margin` of it). True where IntersectionObserver
 * does not exist, so nothing is ever hidden by mistake.
 */
export function useOnScreen(ref: RefObject<Element | null>, margin = '200px'): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setOnScreen(entry.isIntersecting), {
      rootMargin: margin,
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin]);
  return onScreen;
}

/**
 * `value` while the element is on screen; off screen, the value it last showed there. Plots far
 * below the fold then cost nothing while a slider drags, and catch up when scrolled to.
 */
export function useWhileVisible<T>(value: T, ref: RefObject<Element | null>): T {
  const onScreen = useOnScreen(ref);
  const [shown, setShown] = useState(value);
  // Derived state, updated during render (React's documented pattern for it).
  if (onScreen && shown !== value) setShown(value);
  return onScreen ? value : shown;
}
