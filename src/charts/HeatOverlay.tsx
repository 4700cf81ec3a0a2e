import { useLang } from '../i18n';
import { useState } from 'react';
import { CursorSlider } from './CursorSlider';
import { describeColumn } from './describe';
import { formatPlain } from './format';
import type { PlotBox } from './layout';

/** Props of the interactive layer over a heatmap. */
interface HeatOverlayProps {
  readonly box: PlotBox;
  readonly values: ArrayLike<number>;
  readonly rows: number;
  readonly cols: number;
  /** The cursor's column. */
  readonly at: number;
  readonly first: number;
  readonly rowLabel: (r: number) => string;
  readonly onCursorChange: (c: number) => void;
  /** The id of the chart's title. */
  readonly titleId: string;
}

/**
 * The heatmap's cursor slider (click a column, arrows) and a tooltip naming the hovered cell.
 * Hover state lives here, so moving the pointer re-renders only this layer.
 */
export function HeatOverlay({
  box,
  values,
  rows,
  cols,
  at,
  first,
  rowLabel,
  ...p
}: HeatOverlayProps) {
  const lang = useLang();
  const [hover, setHover] = useState<{ c: number; r: number; x: number; y: number } | null>(null);
  return (
    <>
      <CursorSlider
        box={box}
        count={cols}
        value={at}
        first={first}
        onChange={p.onCursorChange}
        valueText={describeColumn(values, rows, at, { first, rowLabel, lang })}
        describedBy={p.titleId}
        onHover={(q) => {
          const r = Math.floor((q ? q.y / box.height : 0) * rows);
          setHover(q && { c: q.i, r: Math.max(0, Math.min(rows - 1, r)), x: q.x, y: q.y });
        }}
      />
      {hover && (
        <div
          className="chart-tooltip"
          aria-hidden="true"
          style={{
            left: box.left + hover.x,
            top: box.top + hover.y,
            // Face inwards: left of the pointer on the right half of the plot.
            transform:
              hover.x > box.width / 2
                ? 'translate(calc(-100% - 12px), -50%)'
                : 'translate(12px, -50%)',
          }}
        >
          {rowLabel(hover.r)}, t = {hover.c + first}:{' '}
          {formatPlain(values[hover.c * rows + hover.r])}
        </div>
      )}
    </>
  );
}
