import { useEffect, type RefObject } from 'react';
import type { GateScopeStore } from '../../store';
import { commandForKey } from './commands';
import { ownsKey } from './ownsKey';

/**
 * The widget's shortcuts (see COMMANDS): they act when focus is inside the widget or on no
 * element at all, never while the focused element uses the key itself (see `ownsKey`), and
 * not while the widget is hidden (another view's tab is showing).
 */
export function useStepperKeys(store: GateScopeStore, root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const el = root.current;
      if (!el || el.closest('[hidden]')) return;
      const target = e.target;
      const inWidget = target instanceof Node && el.contains(target);
      if (!(inWidget || target === document.body) || ownsKey(target, e.key)) return;
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
