import { useId, useRef } from 'react';
import { selectCloseHelp, selectHelpOpen, useGateScope } from '../../store';
import { COMMANDS, keyCaps } from './commands';
import { useModalDialog } from './useModalDialog';
import './dialog.css';

function Keys({ caps }: { caps: readonly string[] }) {
  return (
    <>
      {caps.map((cap, k) => (
        <span key={cap}>
          {k > 0 && ' + '}
          <kbd>{cap}</kbd>
        </span>
      ))}
    </>
  );
}

/**
 * The keyboard-shortcut help: a modal <dialog> listing every command of the registry with its
 * keys. Opening focuses its Close button; Escape, Close or a click outside close it, and focus
 * returns to where it was.
 */
export function ShortcutsDialog() {
  const titleId = useId();
  const open = useGateScope(selectHelpOpen);
  const close = useGateScope(selectCloseHelp);
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useModalDialog(open, dialog, closeButton);

  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby={titleId}
      onClose={close}
      onKeyDown={(e) => e.key === 'Escape' && close()}
      onClick={(e) => e.target === e.currentTarget && close()}
    >
      <div className="dialog-body">
        <div className="dialog-head">
          <h2 id={titleId}>Keyboard shortcuts</h2>
          <button type="button" ref={closeButton} onClick={close}>
            Close
          </button>
        </div>
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {COMMANDS.map((c) => (
              <tr key={c.id} data-command={c.id}>
                <td>
                  <Keys caps={keyCaps(c)} />
                </td>
                <td>{c.help}</td>
              </tr>
            ))}
            <tr>
              <td>
                <Keys caps={['Escape']} />
              </td>
              <td>Close this dialog</td>
            </tr>
          </tbody>
        </table>
        <p className="dialog-note">
          Shortcuts work anywhere in the stepper except while a text field, list or slider has
          focus. In the timeline, <kbd>←</kbd> <kbd>→</kbd> move between tokens and <kbd>Enter</kbd>{' '}
          jumps to one.
        </p>
        <h3>Touch</h3>
        <ul className="dialog-note">
          <li>Swipe left to step forward, swipe right to step back.</li>
          <li>Tap the diagram to step forward.</li>
        </ul>
      </div>
    </dialog>
  );
}
