import { useLang } from '../../i18n';
import { shareMessages } from './messages';
import { useId, useRef, useState } from 'react';
import { useModal } from '../controls/useModal';
import { PANEL_IDS, panelMessages, type PanelId } from '../../store/url';
import { CopyButton } from './CopyButton';
import { MIN_FRAME, iframeSnippet, lessonTitle, panelsTitle } from './snippet';
import '../controls/dialog.css';

interface EmbedDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** The panels ticked when the dialog opens. */
  readonly initialPanels: readonly PanelId[];
  /** The embed URL of the current view showing these panels. */
  readonly embedUrl: (panels: readonly PanelId[]) => string;
  /** The lesson shown, when the view is a lesson: it embeds whole, with its own panels. */
  readonly lesson?: EmbedLesson;
}

/** A lesson to embed: its title in the page's language and the step shown. */
export interface EmbedLesson {
  readonly title: string;
  readonly step: number;
  readonly steps: number;
}

interface SizeFieldProps {
  readonly label: string;
  readonly min: number;
  readonly value: string;
  readonly set: (value: string) => void;
}

/** A frame size in pixels, as typed (clamped where used, so typing is never fought). */
function SizeField({ label, min, value, set }: SizeFieldProps) {
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={MAX_SIZE}
        value={value}
        onChange={(e) => set(e.target.value)}
      />
    </label>
  );
}

const MAX_SIZE = 2000;
const clampSize = (v: number, lo: number) =>
  Number.isFinite(v) ? Math.max(lo, Math.min(MAX_SIZE, Math.round(v))) : lo;

/**
 * "Embed": builds the iframe snippet of the current view — tick the panels, set the size — with
 * a live preview of exactly that URL and a copy button. A lesson embeds as it is (each step
 * picks its panels), so the dialog says which lesson and step instead of offering panels.
 */
export function EmbedDialog({ open, onClose, initialPanels, embedUrl, lesson }: EmbedDialogProps) {
  const id = useId();
  const lang = useLang();
  const m = shareMessages[lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [panels, setPanels] = useState<readonly PanelId[]>(initialPanels);
  const [widthField, setWidth] = useState('480');
  const [heightField, setHeight] = useState('360');
  const width = clampSize(Number(widthField), MIN_FRAME.width);
  const height = clampSize(Number(heightField), MIN_FRAME.height);
  useModal(dialog, closeButton, open);
  const toggle = (p: PanelId, on: boolean) =>
    setPanels((old) => PANEL_IDS.filter((q) => (q === p ? on : old.includes(q))));
  const url = embedUrl(panels);
  const title = lesson ? lessonTitle(lesson.title) : panelsTitle(panels, lang);
  const snippet = iframeSnippet(url, title, width, height);
  return (
    <dialog
      ref={dialog}
      className="app-dialog shortcuts-dialog embed-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      {open && (
        <div className="dialog-body">
          <div className="dialog-head">
            <h2 id={`${id}-title`}>{m.embed}</h2>
            <button type="button" ref={closeButton} onClick={onClose}>
              {m.close}
            </button>
          </div>
          <p className="dialog-note">
            {lesson
              ? m.lessonNote(
                  lesson.title,
                  lesson.step,
                  lesson.steps,
                  MIN_FRAME.width,
                  MIN_FRAME.height,
                )
              : m.embedNote(MIN_FRAME.width, MIN_FRAME.height)}
          </p>
          <div className="embed-form">
            {!lesson && (
              <fieldset>
                <legend>{m.panels}</legend>
                {PANEL_IDS.map((p) => (
                  <label key={p} className="check">
                    <input
                      type="checkbox"
                      checked={panels.includes(p)}
                      onChange={(e) => toggle(p, e.target.checked)}
                    />
                    {panelMessages[lang][p]}
                  </label>
                ))}
              </fieldset>
            )}
            <fieldset>
              <legend>{m.size}</legend>
              <SizeField label={m.width} min={MIN_FRAME.width} value={widthField} set={setWidth} />
              <SizeField
                label={m.height}
                min={MIN_FRAME.height}
                value={heightField}
                set={setHeight}
              />
            </fieldset>
          </div>
          <label htmlFor={`${id}-snippet`} className="embed-label">
            {m.snippet}
          </label>
          <textarea
            id={`${id}-snippet`}
            className="embed-snippet"
            readOnly
            rows={4}
            value={snippet}
          />
          <CopyButton label={m.copySnippet} done={m.snippetCopied} text={() => snippet} />
          <h3>{m.preview}</h3>
          <div className="embed-preview">
            <iframe src={url} width={width} height={height} title={m.previewTitle} />
          </div>
        </div>
      )}
    </dialog>
  );
}
