import { useEffect, type RefObject } from 'react';

/**
 * Shows a <dialog> as a modal while `open`, focusing `first`; on closing, focus returns to
 * where it was.
 */
export function useModalDialog(
  open: boolean,
  dialog: RefObject<HTMLDialogElement | null>,
  first: RefObject<HTMLElement | null>,
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
  }, [open, dialog, first]);
}
