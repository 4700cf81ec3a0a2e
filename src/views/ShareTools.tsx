import { useState } from 'react';
import { useMessages } from '../i18n';
import { CopyButton } from '../panels/share/CopyButton';
import { EmbedDialog, type EmbedLesson } from '../panels/share/EmbedDialog';
import type { PanelId } from '../store/url';
import { pageMessages } from './messages';

interface ShareToolsProps {
  /** Writes any pending URL change, so the link copied is the current one. */
  readonly flush: () => void;
  readonly initialPanels: readonly PanelId[];
  readonly embedUrl: (panels: readonly PanelId[]) => string;
  /** Whether the shown widget runs a loaded model, which no URL can hold (the copy says so). */
  readonly modelNotInLink?: boolean;
  /** The lesson shown, if any: the Embed dialog then embeds it. */
  readonly lesson?: EmbedLesson;
}

/** The header's "Copy link" and "Embed" buttons. */
export function ShareTools(props: ShareToolsProps) {
  const { flush, initialPanels, embedUrl, modelNotInLink, lesson } = props;
  const [embedOpen, setEmbedOpen] = useState(false);
  const t = useMessages(pageMessages);
  return (
    <div className="share-tools">
      <CopyButton
        label={t.copyLink}
        done={modelNotInLink ? t.linkCopiedNoModel : t.linkCopied}
        text={() => {
          flush();
          return window.location.href;
        }}
      />
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          flush(); // the snippet names the language as the page's URL does
          setEmbedOpen(true);
        }}
      >
        {t.embed}
      </button>
      {embedOpen && (
        <EmbedDialog
          open
          onClose={() => setEmbedOpen(false)}
          initialPanels={initialPanels}
          embedUrl={embedUrl}
          lesson={lesson}
        />
      )}
    </div>
  );
}
