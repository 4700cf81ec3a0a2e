import { line } from 'd3';
import { useMemo, type ReactNode } from 'react';
import { breakMarkers, isPlottable } from './breaks';
import { ChartFrame } from './ChartFrame';
import { CursorSlider } from './CursorSlider';
import { stepIndex, type ChartData } from './data';
import { describeSeries } from './describe';
import { Legend, legendHeight } from './Legend';
import { MARGIN, plotBox, stepScale } from './layout';
import { Bands, BreakMarks, CursorMark, type Band } from './plotMarks';
import { Readout } from './Readout';
import { readoutText, stepCount, styleOf, type Series } from './series';
import { StepAxes, useValueScale } from './StepAxes';

/** Props of a line chart of values against the time step. */
export interface LineChartProps {
  /** Title: shown above, starts the accessible name, captions the data table. */
  readonly title: string;
  /** Words after the title in the accessible name (default: first and last value of each series). */
  readonly summary?: string;
  readonly series: readonly Series[];
  /** Linear (default) or log y axis. A log axis reads only positive finite values. */
  readonly yScale?: 'linear' | 'log';
  /** Fixed y domain (default: from the data, safely). */
  readonly yDomain?: readonly [number, number];
  /** The y axis title, e.g. "‖∂L/∂h_t‖ (log)". */
  readonly yLabel?: string;
  /** The x axis title (default "t", the time step index). */
  readonly xLabel?: string;
  /** The number shown for step index 0 (default 0: t = 0 … T − 1). */
  readonly firstStep?: number;
  /** Shaded ranges of y, e.g. vanished below 1e-6, exploded above 1e3. */
  readonly bands?: readonly Band[];
  /** The cursor's step index (e.g. the store's cursor.t); none when undefined. */
  readonly cursor?: number;
  /** Called when the user clicks, drags or keys the cursor to step index i. */
  readonly onCursorChange?: (i: number) => void;
  /** Height of the plot area in CSS px (default 160); margins and legend come on top. */
  readonly height?: number;
  /** Draw the legend (default: when there is more than one series). */
  readonly legend?: boolean;
  /** The sub-step the chart belongs to: colours the title's marker. */
  readonly step?: string;
  /** Extra content under the chart (after the readout), e.g. an explanatory sentence. */
  readonly children?: ReactNode;
}

/**
 * Series against t on a linear or log axis. Safe by construction: the domain comes from
 * plottable values only, lines break at NaN / ±Infinity (and at 0 on a log axis), and each break
 * is a labelled marker ("overflow at t = k"). Optional bands, cursor (click, drag, arrow keys),
 * a readout at the cursor and a legend; every series has its own colour and dash.
 */
export function LineChart(props: LineChartProps) {
  const { title, series, yScale = 'linear', firstStep = 0, cursor, onCursorChange } = props;
  const n = stepCount(series);
  const log = yScale === 'log';
  const columns = useMemo(() => series.map((s) => s.values), [series]);
  const data: ChartData = useMemo(
    () => ({ indexLabel: 't', index: stepIndex(n, firstStep), columns: series }),
    [series, n, firstStep],
  );
  const markers = useMemo(
    () => breakMarkers(columns, log, (i) => i + firstStep),
    [columns, log, firstStep],
  );
  const summary =
    props.summary ??
    describeSeries(series, { first: firstStep }) +
      (markers.length ? `; ${markers.map((m) => m.label).join('; ')}` : '');
  const showLegend = props.legend ?? series.length > 1;
  const at = cursor === undefined ? undefined : Math.max(0, Math.min(n - 1, cursor));

  return (
    <ChartFrame
      title={title}
      summary={summary}
      data={data}
      step={props.step}
      graphic={(width) => (
        <LinePlot {...props} n={n} markers={markers} width={width} legend={showLegend} />
      )}
      overlay={(width, titleId) =>
        onCursorChange && at !== undefined && n > 0 ? (
          <CursorSlider
            box={layoutFor(width, series, showLegend, props.height).box}
            count={n}
            value={at}
            first={firstStep}
            onChange={onCursorChange}
            valueText={readoutText(series, at, firstStep)}
            describedBy={titleId}
          />
        ) : null
      }
      footer={
        <>
          {at !== undefined && n > 0 && <Readout series={series} at={at} first={firstStep} />}
          {props.children}
        </>
      }
    />
  );
}

/** Outer size and plot box of a line chart at a width: legend lines push the plot down. */
function layoutFor(width: number, series: readonly Series[], legend: boolean, height = 160) {
  const inner = width - MARGIN.left - MARGIN.right;
  const lh = legend
    ? legendHeight(
        series.map((s) => s.label),
        inner,
      )
    : 0;
  const top = MARGIN.top + (lh ? lh + 8 : 0);
  const outer = top + height + MARGIN.bottom;
  return { outer, legendTop: MARGIN.top - 16, box: plotBox(width, outer, { ...MARGIN, top }) };
}

type PlotProps = LineChartProps & {
  n: number;
  markers: ReturnType<typeof breakMarkers>;
  width: number;
  legend: boolean;
};

/** The SVG of a line chart at a given width. */
function LinePlot({
  series,
  yScale = 'linear',
  yDomain,
  n,
  markers,
  width,
  legend,
  ...p
}: PlotProps) {
  const { outer, legendTop, box } = layoutFor(width, series, legend, p.height);
  const log = yScale === 'log';
  const x = useMemo(() => stepScale(n, box.width), [n, box.width]);
  const y = useValueScale(series, yScale, yDomain, box.height);
  const first = p.firstStep ?? 0;
  const paths = series.map((s) =>
    line<number>()
      .defined((i) => isPlottable(s.values[i], log))
      .x((i) => x(i))
      .y((i) => y(s.values[i]))(Array.from({ length: s.values.length }, (_, i) => i)),
  );
  // Dots mark the steps while they are far apart; on dense series they only add noise.
  const dots = box.width / Math.max(1, n) >= 22;
  const at = p.cursor === undefined ? undefined : Math.max(0, Math.min(n - 1, p.cursor));
  return (
    <svg className="chart-svg" width={width} height={outer} aria-hidden="true">
      {legend && (
        <g transform={`translate(${box.left},${legendTop + 4})`}>
          <Legend
            entries={series.map((s, k) => ({ label: s.label, ...styleOf(s, k) }))}
            width={box.width}
          />
        </g>
      )}
      <g transform={`translate(${box.left},${box.top})`}>
        <Bands bands={p.bands ?? []} y={y} width={box.width} height={box.height} />
        <StepAxes
          n={n}
          x={x}
          y={y}
          log={log}
          box={box}
          first={first}
          xLabel={p.xLabel}
          yLabel={p.yLabel}
        />
        <g className="chart-lines">
          {series.map((s, k) => {
            const { colour, dash } = styleOf(s, k);
            return (
              <g key={k} className="chart-series" stroke={colour} fill={colour}>
                <path
                  d={paths[k] ?? ''}
                  fill="none"
                  strokeWidth={2}
                  strokeDasharray={dash || undefined}
                />
                {dots &&
                  Array.from(s.values, (v, i) =>
                    isPlottable(v, log) ? (
                      <circle key={i} cx={x(i)} cy={y(v)} r={2.2} stroke="none" />
                    ) : null,
                  )}
              </g>
            );
          })}
        </g>
        <BreakMarks markers={markers} x={x} width={box.width} height={box.height} />
        {at !== undefined && n > 0 && (
          <CursorMark px={x(at)} label={`t = ${at + first}`} height={box.height} />
        )}
      </g>
    </svg>
  );
}
