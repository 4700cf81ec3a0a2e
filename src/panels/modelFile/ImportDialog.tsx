import { useMessages } from '../../i18n';
import { modelFileMessages } from './messages';
import { useId, useRef, useState, type DragEvent } from 'react';
import { selectImportModel, sizeProblem, useGateScope } from '../../store';
import { useModal } from '../controls/useModal';
import '../controls/dialog.css';
import './modelFile.css';

/** The three lines of Python that write a weights file (DESIGN.md's weights JSON). */
export const PYTHON_SNIPPET = `import json
lstm = torch.nn.LSTM(input_size=1, hidden_size=8)   # or your trained module
json.dump({k: v.tolist() for k, v in lstm.state_dict().items()}, open('weights.json', 'w'))`;

interface ImportDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

/**
 * "Import model": a modal <dialog> that takes a weights file from the file chooser, a drop or
 * pasted text. A file the store refuses leaves everything as it was and the reason (naming the
 * key) shows as text; an accepted one closes the dialog, and focus returns to its opener.
 */
export function ImportDialog({ open, onClose }: ImportDialogProps) {
  const id = useId();
  const m = useMessages(modelFileMessages);
  const importModel = useGateScope(selectImportModel);
  const dialog = useRef<HTMLDialogElement>(null);
  const chooser = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  useModal(dialog, chooser, open);

  const close = () => {
    setProblem(null);
    setDragging(false);
    onClose();
  };
  const importText = (text: string, origin: string) => {
    const refused = importModel(text, origin);
    setProblem(refused === null ? null : m.refused(refused));
    if (refused === null) {
      setPasted('');
      close();
    }
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const tooBig = sizeProblem(file.size);
    if (tooBig !== null) return setProblem(m.refused(m.fileProblem(file.name, tooBig)));
    try {
      importText(await file.text(), file.name);
    } catch (e) {
      setProblem(m.unreadable(file.name, e instanceof Error ? e.message : String(e)));
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void importFile(e.dataTransfer.files[0]);
  };

  return (
    <dialog
      ref={dialog}
      className="app-dialog import-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onClose={close}
      onKeyDown={(e) => e.key === 'Escape' && close()}
      onClick={(e) => e.target === e.currentTarget && close()}
    >
      <div className="dialog-body">
        <div className="dialog-head">
          <h2 id={`${id}-title`}>{m.importModel}</h2>
          <button type="button" onClick={close}>
            {m.close}
          </button>
        </div>
        <p id={`${id}-intro`} className="dialog-note">
          {m.introBefore} <code>nn.LSTM</code>, <code>nn.GRU</code> {m.or} <code>nn.RNN</code>{' '}
          {m.introAfter}
        </p>
        {/* Focusable: on a narrow screen the long line scrolls sideways. */}
        <pre className="python-snippet" tabIndex={0} aria-label={m.python}>
          <code>{PYTHON_SNIPPET}</code>
        </pre>
        <div
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={`${id}-file`}>{m.choose}</label>
          <input
            id={`${id}-file`}
            ref={chooser}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              void importFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <p className="drop-hint">{m.dropHint}</p>
        </div>
        <div className="text-field">
          <label htmlFor={`${id}-paste`}>{m.paste}</label>
          <textarea
            id={`${id}-paste`}
            rows={4}
            spellCheck={false}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
          />
        </div>
        <div className="dialog-actions">
          <button
            type="button"

            disabled={pasted.trim() === ''}
            onClick={() => importText(pasted, modelFileMessages.en.pastedJson)}
          >
            {m.importPasted}
          </button>
        </div>
        <p role="alert" className="import-problem">
          {problem}
        </p>
      </div>
    </dialog>
  );
}
