/** Keys a focused button, link or summary already uses: Space and Enter activate it. */
const ACTIVATE = new Set([' ', 'Enter']);
/** Keys a scrolling region uses to scroll. */
const SCROLL = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' ']);
const ACTIVATABLE =
  'button, a[href], summary, [role="button"], [role="tab"], [role="checkbox"], [role="switch"], [role="menuitem"]';

/**
 * True where a key already means something at the focused element, so a widget shortcut must
 * leave it alone: every key in text fields, selects, sliders and other inputs; Space and Enter
 * on buttons and links; arrows, Home, End and Space in a region that scrolls sideways (the
 * values table or the timeline on a narrow screen); every key inside an open dialog.
 */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog')) return true;
  if (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement ||
    target.getAttribute('role') === 'slider'
  ) {
    return true;
  }
  if (ACTIVATE.has(key) && target.closest(ACTIVATABLE)) return true;
  return SCROLL.has(key) && target.scrollWidth > target.clientWidth;
}
