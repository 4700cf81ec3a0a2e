import { useEffect, type RefObject } from 'react';
import { ownsKey } from '../controls/ownsKey';

/**
 * Page Down / Page Up go to the next / previous step (the keys a presentation clicker sends),
 * while the lesson is on screen, unless the focused element uses the key itself (a slider or a
 * text field). The stepper's own keys (arrows, Space, Home, End) are left to it.
 */
export function useLessonKeys(
  root: RefObject<HTMLElement | null>,
  next: () => void,
  previous: () => void,
) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key !== 'PageDown' && e.key !== 'PageUp') return;
      const el = root.current;
      if (!el || el.closest('[hidden]') || ownsKey(e.target, e.key)) return;
      e.preventDefault();
      if (e.key === 'PageDown') next();
      else previous();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [root, next, previous]);
}
