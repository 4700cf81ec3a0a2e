import { useState } from 'react';
import { useMessages } from '../i18n';
import { CopyButton } from '../panels/share/CopyButton';
import { EmbedDialog } from '../panels/share/EmbedDialog';
import type { PanelId } from '../store/url';
import { pageMessages } from './messages';

interface ShareToolsProps {
  /** Writes any pending URL change, so the link copied is the current one. */
  readonly flush: () => void;
  readonly initialPanels: readonly PanelId[];
  readonly embedUrl: (panels: readonly PanelId[]) => string;
  /** Whether the shown widget runs a loaded model, which no URL can hold (the copy says so). */
  readonly modelNotInLink?: boolean;
}

/** The header's "Copy link" and "Embed" buttons. */
export function ShareTools({ flush, initialPanels, embedUrl, modelNotInLink }: ShareToolsProps) {
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
      <button type="button" aria-haspopup="dialog" onClick={() => setEmbedOpen(true)}>
        {t.embed}
      </button>
      {embedOpen && (
        <EmbedDialog
          open
          onClose={() => setEmbedOpen(false)}
          initialPanels={initialPanels}
          embedUrl={embedUrl}
        />
      )}
    </div>
  );
}
