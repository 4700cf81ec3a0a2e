/** A finished touch: how far it moved (CSS px) and for how long (ms). */
export interface TouchMove {
  readonly dx: number;
  readonly dy: number;
  readonly ms: number;
}

/** What a touch means: a swipe to the left or right, a tap, or nothing (a scroll, a long press). */
export type Gesture = 'swipeLeft' | 'swipeRight' | 'tap' | null;

/** Thresholds: a swipe travels ≥ 48 px mostly sideways within 800 ms; a tap stays within 10 px. */
export const GESTURE = { swipe: 48, tap: 10, swipeMs: 800, tapMs: 400 } as const;

/** Classifies a touch; a mostly vertical move is the page scrolling and means nothing here. */
export function classifyTouch({ dx, dy, ms }: TouchMove): Gesture {
  const ax = Math.abs(dx);
  const ay = Math.abs(dy);
  if (ax <= GESTURE.tap && ay <= GESTURE.tap) return ms <= GESTURE.tapMs ? 'tap' : null;
  if (ax >= GESTURE.swipe && ax >= 2 * ay && ms <= GESTURE.swipeMs) {
    return dx < 0 ? 'swipeLeft' : 'swipeRight';
  }
  return null;
}

/**
 * Elements whose touches belong to themselves: controls, focusable values (tooltips), forms,
 * dialogs and anything marked `data-no-swipe` (the sequence editor, the settings, scrolling
 * strips).
 */
const OWN_TOUCH =
  'button, a, input, select, textarea, label, summary, dialog, [tabindex], [role="slider"], [data-no-swipe]';

/** True when a touch on this element may step the stepper. */
export function touchMaySteps(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(OWN_TOUCH)) return false;
  // A region that scrolls sideways swipes itself.
  for (let el: Element | null = target; el; el = el.parentElement) {
    if (el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX !== 'visible') {
      return false;
    }
  }
  return true;
}
