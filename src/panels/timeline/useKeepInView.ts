import { useEffect, type RefObject } from 'react';

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Runs `f` at the start of the next frame (at once where there are no frames). */
function nextFrame(f: () => void): () => void {
  if (typeof requestAnimationFrame === 'undefined') {
    f();
    return () => {};
  }
  const id = requestAnimationFrame(f);
  return () => cancelAnimationFrame(id);
}

/**
 * Scrolls a sideways-scrolling strip so that its item `data-t={index}` is in view, centring it
 * when it was out of view. Only the strip scrolls, never the page. Instant under
 * `prefers-reduced-motion`. It measures at the start of the next frame, once this render's DOM
 * changes are all in: measuring during the commit would lay the page out twice per step.
 */
export function useKeepInView(strip: RefObject<HTMLElement | null>, index: number) {
  useEffect(() => nextFrame(() => keepInView(strip.current, index)), [strip, index]);
}

/** Scrolls `el` so that its item `data-t={index}` is in view. */
function keepInView(el: HTMLElement | null, index: number) {
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
}
