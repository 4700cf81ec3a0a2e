import { useEffect, type RefObject } from 'react';
import type { GateScopeStore } from '../../store';
import { classifyTouch, touchMaySteps } from './gestures';

/**
 * Touch: a swipe to the left steps forward (like turning a page), to the right steps back, a
 * tap steps forward. Passive listeners that never prevent the default, so vertical scrolling,
 * sideways scrolling of strips and taps on controls behave as usual.
 */
export function useSwipeSteps(store: GateScopeStore, root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let start: { x: number; y: number; time: number } | null = null;
    const onStart = (e: TouchEvent) => {
      const touch = e.touches[0];
      start =
        e.touches.length === 1 && touchMaySteps(e.target)
          ? { x: touch.clientX, y: touch.clientY, time: e.timeStamp }
          : null;
    };
    const onEnd = (e: TouchEvent) => {
      const touch = e.changedTouches[0];
      if (!start || !touch) return;
      const gesture = classifyTouch({
        dx: touch.clientX - start.x,
        dy: touch.clientY - start.y,
        ms: e.timeStamp - start.time,
      });
      start = null;
      const s = store.getState();
      if (gesture === 'swipeRight') s.stepBack();
      else if (gesture === 'swipeLeft' || gesture === 'tap') s.stepForward();
    };
    const onCancel = () => (start = null);
    el.addEventListener('touchstart', onStart, { passive: true });
    el.addEventListener('touchend', onEnd, { passive: true });
    el.addEventListener('touchcancel', onCancel, { passive: true });
    return () => {
      el.removeEventListener('touchstart', onStart);
      el.removeEventListener('touchend', onEnd);
      el.removeEventListener('touchcancel', onCancel);
    };
  }, [store, root]);
}
