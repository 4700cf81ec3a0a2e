import { useEffect, type RefObject } from 'react';
import type { GateScopeStore } from '../../store';
import { commandForKey } from './commands';

/**
 * True where arrow keys already mean something: text fields, selects, sliders, editors, and a
 * focused region that scrolls sideways (the values table on a narrow screen).
 */
function ownsArrowKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement ||
    target.scrollWidth > target.clientWidth
  );
}

/**
 * The playback shortcuts (see COMMANDS): they act when focus is inside the widget or on no
 * element at all, and never while a field, select or slider has focus.
 */
export function useStepperKeys(store: GateScopeStore, root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target;
      const inWidget = target instanceof Node && !!root.current?.contains(target);
      if (!(inWidget || target === document.body) || ownsArrowKeys(target)) return;
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      const state = store.getState();
      if (command.enabled(state)) command.run(state);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, root]);
}
