import { useMessages } from '../i18n';
import { VIEW_IDS, type ViewId } from '../store/url';
import { pageMessages } from './messages';

interface ViewTabsProps {
  /** Prefix of the tabs' and panels' ids. */
  readonly id: string;
  readonly view: ViewId;
  readonly setView: (view: ViewId) => void;
}

/** The views as tabs; ← and → move between them. */
export function ViewTabs({ id, view, setView }: ViewTabsProps) {
  const t = useMessages(pageMessages);
  return (
    <div role="tablist" aria-label={t.views} className="view-tabs">
      {VIEW_IDS.map((v) => (
        <button
          key={v}
          role="tab"
          id={`${id}-${v}-tab`}
          aria-selected={view === v}
          aria-controls={`${id}-${v}`}
          tabIndex={view === v ? 0 : -1}
          onClick={() => setView(v)}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
            const step = e.key === 'ArrowRight' ? 1 : VIEW_IDS.length - 1;
            const next = VIEW_IDS[(VIEW_IDS.indexOf(view) + step) % VIEW_IDS.length];
            setView(next);
            document.getElementById(`${id}-${next}-tab`)?.focus();
          }}
        >
          {t[v]}
        </button>
      ))}
    </div>
  );
}
