import { useEffect, type RefObject } from 'react';

/**
 * Shows a <dialog> modally while `open`, focusing `first` inside it; on closing, focus returns
 * to the element that had it when the dialog opened.
 */
export function useModal(
  dialog: RefObject<HTMLDialogElement | null>,
  first: RefObject<HTMLElement | null>,
  open: boolean,
) {
  useEffect(() => {
    const el = dialog.current;
    if (!el || !open) return;
    const opener = document.activeElement;
    // jsdom has neither showModal nor close; every browser the app supports has both.
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', '');
    first.current?.focus();
    return () => {
      if (typeof el.close === 'function') el.close();
      else el.removeAttribute('open');
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [dialog, first, open]);
}
