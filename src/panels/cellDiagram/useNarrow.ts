import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Whether an element is narrower than `limit` CSS pixels, kept current by a ResizeObserver;
 * false until it has been measured (and wherever there is no layout, as in tests).
 */
export function useNarrow(ref: RefObject<HTMLElement | null>, limit: number): boolean {
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = entry.contentRect.width;
      if (w > 0) setNarrow(w < limit); // a hidden tab reports 0: keep what was measured
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, limit]);
  return narrow;
}
