import { useEffect, type RefObject } from 'react';

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Scrolls a sideways-scrolling strip so that its item `data-t={index}` is in view, centring it
 * when it was out of view. Only the strip scrolls, never the page. Instant under
 * `prefers-reduced-motion`.
 */
export function useKeepInView(strip: RefObject<HTMLElement | null>, index: number) {
  useEffect(() => {
    const el = strip.current;
    const item = el?.querySelector<HTMLElement>(`[data-t="${index}"]`);
    if (!el || !item || typeof el.scrollTo !== 'function') return;
    // Where the item sits in the strip's scrolled content, in CSS pixels.
    const box = item.getBoundingClientRect();
    const left = box.left - el.getBoundingClientRect().left - el.clientLeft + el.scrollLeft;
    const right = left + box.width;
    const margin = box.width;
    if (left - margin >= el.scrollLeft && right + margin <= el.scrollLeft + el.clientWidth) return;
    el.scrollTo({
      left: left - (el.clientWidth - box.width) / 2,
      behavior: reducedMotion() ? 'auto' : 'smooth',
    });
  }, [strip, index]);
}
