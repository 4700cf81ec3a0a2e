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
    setProblem(refused);
    if (refused === null) {
      setPasted('');
      close();
    }
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const tooBig = sizeProblem(file.size);
    if (tooBig !== null) return setProblem(`${file.name}: ${tooBig}`);
    try {
      importText(await file.text(), file.name);
    } catch (e) {
      setProblem(`${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}`);
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
          <h2 id={`${id}-title`}>Import model</h2>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
        <p id={`${id}-intro`} className="dialog-note">
          The weights of a PyTorch <code>nn.LSTM</code>, <code>nn.GRU</code> or <code>nn.RNN</code>{' '}
          as JSON. These three lines write them:
        </p>
        {/* Focusable: on a narrow screen the long line scrolls sideways. */}
        <pre className="python-snippet" tabIndex={0} aria-label="Python that writes weights.json">
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
          <label htmlFor={`${id}-file`}>Choose a weights file</label>
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
          <p className="drop-hint">or drop it here</p>
        </div>
        <div className="text-field">
          <label htmlFor={`${id}-paste`}>Or paste the JSON</label>
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
            onClick={() => importText(pasted, 'pasted JSON')}
          >
            Import pasted JSON
          </button>
        </div>
        <p role="alert" className="import-problem">
          {problem}
        </p>
      </div>
    </dialog>
  );
}
