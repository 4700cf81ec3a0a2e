import { useId, useRef } from 'react';
import { selectCloseHelp, selectHelpOpen, useGateScope } from '../../store';
import { useLang, useMessages } from '../../i18n';
import { COMMANDS, helpOf, keyCaps } from './commands';
import { controlsMessages } from './messages';
import './dialog.css';
import { useModal } from './useModal';

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
  const lang = useLang();
  const t = useMessages(controlsMessages);
  const open = useGateScope(selectHelpOpen);
  const close = useGateScope(selectCloseHelp);
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useModal(dialog, closeButton, open);

  return (
    <dialog
      ref={dialog}
      className="app-dialog shortcuts-dialog"
      aria-labelledby={titleId}
      onClose={close}
      onKeyDown={(e) => e.key === 'Escape' && close()}
      onClick={(e) => e.target === e.currentTarget && close()}
    >
      <div className="dialog-body">
        <div className="dialog-head">
          <h2 id={titleId}>{t.shortcuts}</h2>
          <button type="button" ref={closeButton} onClick={close}>
            {t.close}
          </button>
        </div>
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t.keys}</th>
              <th scope="col">{t.action}</th>
            </tr>
          </thead>
          <tbody>
            {COMMANDS.map((c) => (
              <tr key={c.id} data-command={c.id}>
                <td>
                  <Keys caps={keyCaps(c)} />
                </td>
                <td>{helpOf(c, lang)}</td>
              </tr>
            ))}
            <tr>
              <td>
                <Keys caps={['Escape']} />
              </td>
              <td>{t.closeDialog}</td>
            </tr>
          </tbody>
        </table>
        <p className="dialog-note">
          {t.shortcutsNoteBefore}
          <kbd>←</kbd> <kbd>→</kbd> {t.shortcutsNoteMove} <kbd>Enter</kbd> {t.shortcutsNoteAfter}
        </p>
        <h3>{t.touch}</h3>
        <ul className="dialog-note">
          <li>{t.swipe}</li>
          <li>{t.tap}</li>
        </ul>
      </div>
    </dialog>
  );
}
