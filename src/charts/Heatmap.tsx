import { chartMessages } from './messages';
import { useLang } from '../i18n';
import { useId, useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import { matrixColumns, once, stepIndex } from './data';
import { describeMatrix } from './describe';
import { HeatCanvas } from './HeatCanvas';
import { HeatAxes } from './HeatAxes';
import { HeatOverlay } from './HeatOverlay';
import { resolveHeatScale, type HeatScale } from './heatScale';
import { MARGIN, plotBox, stepScale, type PlotBox } from './layout';

/** Props of a units × time heatmap. */
export interface HeatmapProps {
  /** Title: shown above, starts the accessible name, captions the data table. */
  readonly title: string;
  /** Words after the title in the accessible name (default: size and value range). */
  readonly summary?: string;
  /** The matrix, column-major by step: `values[c·rows + r]` is row r at step c (a (T, H) slice). */
  readonly values: ArrayLike<number>;
  /** Rows (units, drawn top to bottom) and columns (time steps, left to right). */
  readonly rows: number;
  readonly cols: number;
  /** Colours: sequential 0–1 (gates) or diverging around 0 (signed values). */
  readonly scale: HeatScale;
  /** A row's name in the table and readout (default "unit r+1"). */
  readonly rowLabel?: (r: number) => string;
  /** The y axis title (default "unit"). */
  readonly yLabel?: string;
  /** The x axis title (default "t", the time step index). */
  readonly xLabel?: string;
  /** The number shown for step index 0 (default 0). */
  readonly firstStep?: number;
  /** The highlighted column (e.g. the store's cursor.t); none when undefined. */
  readonly cursor?: number;
  /** Called when the user clicks a column, drags, or keys the cursor to step index c. */
  readonly onCursorChange?: (c: number) => void;
  /** The sub-step the chart belongs to: colours the title's marker. */
  readonly step?: string;
}

/** Plot height for a number of rows: 16 px a row, between 64 and 200 px. */
export const heatmapHeight = (rows: number) => Math.max(64, Math.min(200, rows * 16));

/**
 * A units × time matrix: cells painted on a canvas, axes, cursor column and colour legend in
 * SVG on top. Click a column (or focus the plot and use the arrow keys) to move the cursor;
 * hover a cell to read its value in a tooltip (the data table has every value for everyone).
 */
export function Heatmap(props: HeatmapProps) {
  const { title, values, rows, cols, cursor, onCursorChange, firstStep = 0 } = props;
  const lang = useLang();
  const unitLabel = chartMessages[lang].unit;
  const rowLabel = useMemo(
    () => props.rowLabel ?? ((r: number) => unitLabel(r + 1)),
    [props.rowLabel, unitLabel],
  );
  const scaleKind = props.scale.kind;
  const scaleMax = props.scale.kind === 'diverging' ? props.scale.max : undefined;
  const resolved = useMemo(
    () =>
      resolveHeatScale(
        scaleKind === 'sequential' ? { kind: scaleKind } : { kind: scaleKind, max: scaleMax },
        values,
      ),
    [scaleKind, scaleMax, values],
  );
  // Built only when the table is shown or the CSV exported: a column per unit costs a run's
  // worth of copying at 128 units × 500 steps.
  const data = useMemo(
    () =>
      once(() => ({
        indexLabel: 't',
        index: stepIndex(cols, firstStep),
        columns: matrixColumns(values, rows, cols, rowLabel),
      })),
    [values, rows, cols, firstStep, rowLabel],
  );
  const summary = useMemo(
    () => describeMatrix(values, rows, cols, lang),
    [values, rows, cols, lang],
  );
  const at = cursor === undefined ? undefined : Math.max(0, Math.min(cols - 1, cursor));
  const boxAt = (width: number) => plotBox(width, MARGIN.top + heatmapHeight(rows) + MARGIN.bottom);

  return (
    <ChartFrame
      title={title}
      summary={props.summary ?? summary}
      data={data}
      step={props.step}
      graphic={(width) => (
        <HeatPlot {...props} box={boxAt(width)} width={width} resolved={resolved} at={at} />
      )}
      overlay={(width, titleId) =>
        onCursorChange && at !== undefined && cols > 0 ? (
          <HeatOverlay
            box={boxAt(width)}
            values={values}
            rows={rows}
            cols={cols}
            at={at}
            first={firstStep}
            rowLabel={rowLabel}
            onCursorChange={onCursorChange}
            titleId={titleId}
          />
        ) : null
      }
    />
  );
}

type PlotProps = HeatmapProps & {
  box: PlotBox;
  width: number;
  resolved: ReturnType<typeof resolveHeatScale>;
  at: number | undefined;
};

/** The canvas and SVG of a heatmap at a given width: cells, axes and legend, then the cursor. */
function HeatPlot({
  values,
  rows,
  cols,
  box,
  width,
  resolved,
  at,
  firstStep = 0,
  ...p
}: PlotProps) {
  const gradientId = `heat${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const colWidth = box.width / Math.max(1, cols);
  const px = at === undefined ? 0 : stepScale(cols, box.width)(at);
  return (
    <>
      <HeatCanvas box={box} values={values} rows={rows} cols={cols} colour={resolved.colour} />
      <svg
        className="chart-svg"
        width={width}
        height={box.top + box.height + MARGIN.bottom}
        aria-hidden="true"
      >
        <g transform={`translate(${box.left},${box.top})`}>
          <HeatAxes
            width={box.width}
            height={box.height}
            left={box.left}
            rows={rows}
            cols={cols}
            first={firstStep}
            xLabel={p.xLabel ?? 't'}
            yLabel={p.yLabel ?? 'unit'}
            scale={resolved}
            gradientId={gradientId}
          />
          {at !== undefined && (
            <g
              className="chart-cursor-column chart-slide"
              style={{ transform: `translateX(${px}px)` }}
            >
              <rect
                x={-colWidth / 2}
                y={0}
                width={colWidth}
                height={box.height}
                className="outer"
              />
              <rect
                x={-colWidth / 2 + 1.5}
                y={1.5}
                width={Math.max(0, colWidth - 3)}
                height={box.height - 3}
                className="inner"
              />
              <text y={-8} textAnchor="middle" className="chart-cursor-label">
                t = {at + firstStep}
              </text>
            </g>
          )}
        </g>
      </svg>
    </>
  );
}
