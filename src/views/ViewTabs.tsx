import { VIEW_IDS, type ViewId } from '../store/url';

export const VIEW_LABELS: Record<ViewId, string> = {
  stepper: 'Cell stepper',
  lab: 'Gradient lab',
  training: 'Training lab',
};

interface ViewTabsProps {
  /** Prefix of the tabs' and panels' ids. */
  readonly id: string;
  readonly view: ViewId;
  readonly setView: (view: ViewId) => void;
}

/** The three views as tabs; ← and → move between them. */
export function ViewTabs({ id, view, setView }: ViewTabsProps) {
  return (
    <div role="tablist" aria-label="Views" className="view-tabs">
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
          {VIEW_LABELS[v]}
        </button>
      ))}
    </div>
  );
}
