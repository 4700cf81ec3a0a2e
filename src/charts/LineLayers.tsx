import { line } from 'd3';
import { memo, useMemo } from 'react';
import { isPlottable, type StepMarker } from './breaks';
import { Legend, legendHeight } from './Legend';
import { MARGIN, plotBox, stepScale, type PlotBox } from './layout';
import { Bands, BreakMarks, type Band } from './plotMarks';
import { styleOf, type Series } from './series';
import { StepAxes, useValueScale } from './StepAxes';

/** Where a line chart's parts go at a width: outer height, legend row and plot box. */
export interface LineLayout {
  readonly outer: number;
  readonly legendTop: number;
  readonly box: PlotBox;
}

/** The layout of a line chart at a width: legend lines (if any) push the plot down. */
export function lineLayout(
  width: number,
  labels: readonly string[],
  legend: boolean,
  height = 160,
): LineLayout {
  const lh = legend ? legendHeight(labels, width - MARGIN.left - MARGIN.right) : 0;
  const top = MARGIN.top + (lh ? lh + 8 : 0);
  const outer = top + height + MARGIN.bottom;
  return { outer, legendTop: MARGIN.top - 12, box: plotBox(width, outer, { ...MARGIN, top }) };
}

/** Props of everything a line chart draws except its cursor. */
export interface LineLayersProps {
  readonly layout: LineLayout;
  readonly series: readonly Series[];
  readonly n: number;
  readonly log: boolean;
  readonly yDomain?: readonly [number, number];
  readonly markers: readonly StepMarker[];
  readonly bands?: readonly Band[];
  readonly first: number;
  readonly xLabel?: string;
  readonly yLabel?: string;
  readonly legend: boolean;
}

const NO_BANDS: readonly Band[] = [];

/**
 * The legend, bands, axes, lines (broken where a value cannot be drawn), step dots and break
 * markers. Memoised: moving the cursor does not redraw them.
 */
export const LineLayers = memo(function LineLayers({
  layout: { legendTop, box },
  series,
  n,
  log,
  yDomain,
  markers,
  bands = NO_BANDS,
  first,
  xLabel,
  yLabel,
  legend,
}: LineLayersProps) {
  const x = useMemo(() => stepScale(n, box.width), [n, box.width]);
  const y = useValueScale(series, log ? 'log' : 'linear', yDomain, box.height);
  const paths = series.map((s) =>
    line<number>()
      .defined((i) => isPlottable(s.values[i], log))
      .x((i) => x(i))
      .y((i) => y(s.values[i]))(Array.from({ length: s.values.length }, (_, i) => i)),
  );
  // Dots mark the steps while they are far apart; on dense series they only add noise.
  const dots = box.width / Math.max(1, n) >= 22;
  return (
    <>
      {legend && (
        <g transform={`translate(${box.left},${legendTop})`}>
          <Legend
            entries={series.map((s, k) => ({ label: s.label, ...styleOf(s, k) }))}
            width={box.width}
          />
        </g>
      )}
      <g transform={`translate(${box.left},${box.top})`}>
        <Bands bands={bands} y={y} width={box.width} height={box.height} />
        <StepAxes
          n={n}
          x={x}
          y={y}
          log={log}
          box={box}
          first={first}
          xLabel={xLabel}
          yLabel={yLabel}
        />
        <g className="chart-lines">
          {series.map((s, k) => {
            const { colour, dash } = styleOf(s, k);
            return (
              <g key={k} className="chart-series" stroke={colour} fill={colour}>
                <path
                  className="chart-line"
                  d={paths[k] ?? ''}
                  fill="none"
                  strokeWidth={2}
                  strokeDasharray={dash || undefined}
                />
                {dots && (
                  // One path of zero-length segments with round caps: a dot per step, one element.
                  <path
                    className="chart-dots"
                    d={Array.from(s.values, (v, i) =>
                      isPlottable(v, log) ? `M${x(i)},${y(v)}h0` : '',
                    ).join('')}
                    fill="none"
                    strokeWidth={4.5}
                    strokeLinecap="round"
                  />
                )}
              </g>
            );
          })}
        </g>
        <BreakMarks markers={markers} x={x} width={box.width} height={box.height} />
      </g>
    </>
  );
});
