import { useLang, useMessages, type Lang } from '../../i18n';
import { modelFileMessages } from './messages';
import { useId, useRef, useState, type DragEvent } from 'react';
import {
  modelProblemText,
  selectImportModel,
  sizeProblem,
  useGateScope,
  type ModelOrigin,
  type ModelProblem,
} from '../../store';
import { useModal } from '../controls/useModal';
import '../controls/dialog.css';
import './modelFile.css';

/** The three lines of Python that write a weights file (DESIGN.md's weights JSON). */
export function pythonSnippet(lang: Lang): string {
  return `import json, torch
lstm = torch.nn.LSTM(input_size=1, hidden_size=8)   # ${modelFileMessages[lang].yourModule}
json.dump({k: v.tolist() for k, v in lstm.state_dict().items()}, open('weights.json', 'w'))`;
}

/** Why an import failed: the store's problem (with the file's name when it was refused unread). */
type Refusal =
  | { readonly problem: ModelProblem; readonly file?: string }
  /** The browser could not read the file; `unreadable` is its own text (English). */
  | { readonly file: string; readonly unreadable: string };

/** A refusal in the page's language. */
function refusalText(r: Refusal, lang: Lang): string {
  const m = modelFileMessages[lang];
  if ('unreadable' in r) return m.unreadable(r.file, r.unreadable);
  const text = modelProblemText(r.problem, lang);
  return m.refused(r.file === undefined ? text : m.fileProblem(r.file, text));
}

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
  const lang = useLang();
  const importModel = useGateScope(selectImportModel);
  const dialog = useRef<HTMLDialogElement>(null);
  const chooser = useRef<HTMLInputElement>(null);
  // Kept as data and worded when shown, so that it follows a language switch.
  const [problem, setProblem] = useState<Refusal | null>(null);
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  useModal(dialog, chooser, open);

  const close = () => {
    setProblem(null);
    setDragging(false);
    onClose();
  };
  const importText = (text: string, origin: ModelOrigin) => {
    const refused = importModel(text, origin);
    setProblem(refused === null ? null : { problem: refused });
    if (refused === null) {
      setPasted('');
      close();
    }
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const tooBig = sizeProblem(file.size);
    if (tooBig !== null) return setProblem({ file: file.name, problem: tooBig });
    try {
      importText(await file.text(), { kind: 'file', name: file.name });
    } catch (e) {
      setProblem({ file: file.name, unreadable: e instanceof Error ? e.message : String(e) });
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
          <code>{pythonSnippet(lang)}</code>
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
            onClick={() => importText(pasted, { kind: 'pasted' })}
          >
            {m.importPasted}
          </button>
        </div>
        <p role="alert" className="import-problem">
          {problem && refusalText(problem, lang)}
        </p>
      </div>
    </dialog>
  );
}
