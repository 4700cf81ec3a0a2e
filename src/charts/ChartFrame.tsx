import { useId, useRef, useState, type ReactNode } from 'react';
import './charts.css';
import { dataOf, toCsv, type ChartDataSource } from './data';
import { DataTableView } from './DataTableView';
import { downloadBlob, renderPng, serialiseSvg } from './exportChart';
import { fileSlug } from './format';
import { useElementWidth } from './useElementWidth';
import { useLang, type Lang } from '../i18n';
import { chartMessages } from './messages';

const EXPORTS = [
  { kind: 'svg', label: 'exportSvg' },
  { kind: 'png', label: 'exportPng' },
  { kind: 'csv', label: 'exportCsv' },
] as const;

/** The export errors `exportChart` throws, by their English text. */
const EXPORT_ERRORS = ['notDrawn', 'noSvg', 'noImage', 'noPng', 'pngFailed'] as const;

/** An export failure in words: a known one translated, any other inside a translated frame. */
function problemText(e: unknown, lang: Lang): string {
  const text = e instanceof Error ? e.message : String(e);
  const known = EXPORT_ERRORS.find((k) => chartMessages.en[k] === text);
  return known ? chartMessages[lang][known] : chartMessages[lang].exportFailed(text);
}

/** Props of the frame every chart is drawn in. */
export interface ChartFrameProps {
  /**
   * The chart's title: shown above the chart, the start of its accessible name and the caption
   * of its data table (e.g. "Gradient norm per time step").
   */
  readonly title: string;
  /** What the chart shows, in words; the accessible name is "{title}: {summary}". */
  readonly summary?: string;
  /**
   * The numbers behind the chart: the "Show data" table and the CSV export (or what builds
   * them, called only when the table is shown or the CSV exported).
   */
  readonly data: ChartDataSource;
  /** Draws the graphic (an <svg>, with any <canvas> layers under it) at a width in CSS px. */
  readonly graphic: (width: number) => ReactNode;
  /**
   * An interactive layer over the graphic (the cursor slider), outside the `img` role; gets the
   * width and the id of the title element (to describe itself by).
   */
  readonly overlay?: (width: number, titleId: string) => ReactNode;
  /** Shown under the graphic, e.g. a readout of the values at the cursor. */
  readonly footer?: ReactNode;
  /** Width used until the frame has been laid out (default 640). */
  readonly fallbackWidth?: number;
  /** Base name of exported files (default: the title as a slug). */
  readonly filename?: string;
  /** The sub-step the chart belongs to (`forget`, `cell`, …): colours the title's marker. */
  readonly step?: string;
}

/**
 * The frame every chart is drawn in: a <figure> titled by its caption, the graphic as an element
 * with role `img` named "{title}: {summary}", a "Show data" toggle revealing the data table,
 * and "Export SVG", "Export PNG", "Export CSV" buttons (shown as SVG, PNG, CSV beside the
 * title). The width follows the container.
 */
export function ChartFrame({
  title,
  summary,
  data,
  graphic,
  overlay,
  footer,
  fallbackWidth = 640,
  filename,
  step,
}: ChartFrameProps) {
  const id = useId();
  const lang = useLang();
  const m = chartMessages[lang];
  const plotRef = useRef<HTMLDivElement>(null);
  const graphicRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(plotRef, fallbackWidth);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const base = filename ?? fileSlug(title);

  /** Builds and downloads one export; a failure is shown beside the buttons. */
  const exportAs = async (kind: 'svg' | 'png' | 'csv') => {
    try {
      setProblem(null);
      const graphic = () => {
        if (!graphicRef.current) throw new Error(m.notDrawn);
        return graphicRef.current;
      };
      const blob =
        kind === 'csv'
          ? new Blob([toCsv(dataOf(data))], { type: 'text/csv' })
          : kind === 'svg'
            ? new Blob([serialiseSvg(graphic(), { title })], { type: 'image/svg+xml' })
            : await renderPng(graphic(), { title });
      downloadBlob(blob, `${base}.${kind}`);
    } catch (e) {
      setProblem(problemText(e, lang));
    }
  };

  return (
    <figure className="chart" data-step={step} aria-labelledby={`${id}-title`}>
      <div className="chart-head">
        <figcaption id={`${id}-title`} className="chart-title">
          {title}
        </figcaption>
        <div className="chart-tools">
          <button
            type="button"
            className="chart-show-data"
            aria-expanded={open}
            aria-controls={`${id}-data`}
            onClick={() => setOpen((o) => !o)}
          >
            {m.showData}
          </button>
          <span className="chart-export-label" aria-hidden="true">
            {m.export}
          </span>
          {EXPORTS.map(({ kind, label }) => (
            <button
              key={kind}
              type="button"
              className="chart-export"
              aria-label={m[label]}
              title={m[label]}
              onClick={() => void exportAs(kind)}
            >
              {kind.toUpperCase()}
            </button>
          ))}
          {problem && <span className="chart-problem">{problem}</span>}
        </div>
      </div>
      <div className="chart-plot" ref={plotRef}>
        <div
          ref={graphicRef}
          role="img"
          aria-label={summary ? m.named(title, summary) : title}
          className="chart-graphic"
        >
          {graphic(width)}
        </div>
        {overlay?.(width, `${id}-title`)}
      </div>
      {footer}
      <div id={`${id}-data`} className="chart-data" hidden={!open}>
        {open && <DataTableView title={title} data={dataOf(data)} />}
      </div>
    </figure>
  );
}
