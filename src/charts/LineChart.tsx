import { chartMessages } from './messages';
import { useLang } from '../i18n';
import { useMemo, type ReactNode } from 'react';
import { breakMarkers, type BreakOrigin } from './breaks';
import { ChartFrame } from './ChartFrame';
import { CursorSlider } from './CursorSlider';
import { stepIndex, type ChartData } from './data';
import { describeSeries } from './describe';
import { stepScale } from './layout';
import { lineLayout, LineLayers } from './LineLayers';
import { CursorMark, type Band } from './plotMarks';
import { Readout } from './Readout';
import { TextBlock } from './TextBlock';
import { readoutText, stepCount, type Series } from './series';

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
  /**
   * Which way the series were computed (default 'start'). Gradients, computed backward from the
   * last step, take 'end': their overflow marker is at the latest non-finite step, where it began.
   */
  readonly breaksFrom?: BreakOrigin;
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
  const { breaksFrom = 'start' } = props;
  const n = stepCount(series);
  const log = yScale === 'log';
  const columns = useMemo(() => series.map((s) => s.values), [series]);
  const index = useMemo(() => stepIndex(n, firstStep), [n, firstStep]);
  const data: ChartData = useMemo(
    () => ({ indexLabel: 't', index, columns: series }),
    [series, index],
  );
  const lang = useLang();
  const sep = chartMessages[lang].clauseSep;
  const markers = useMemo(
    () => breakMarkers(columns, log, (i) => i + firstStep, breaksFrom, lang),
    [columns, log, firstStep, breaksFrom, lang],
  );
  const summary =
    props.summary ??
    describeSeries(series, { first: firstStep, origin: breaksFrom, lang }) +
      (markers.length ? sep + markers.map((m) => m.label).join(sep) : '');
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
            box={
              lineLayout(
                width,
                series.map((s) => s.label),
                showLegend,
                props.height,
              ).box
            }
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
        <TextBlock>
          {at !== undefined && n > 0 && <Readout series={series} at={at} first={firstStep} />}
          {props.children}
        </TextBlock>
      }
    />
  );
}

type PlotProps = LineChartProps & {
  n: number;
  markers: ReturnType<typeof breakMarkers>;
  width: number;
  legend: boolean;
};

/** The SVG of a line chart at a given width: the memoised layers, and the cursor over them. */
function LinePlot({ series, yScale = 'linear', n, markers, width, legend, ...p }: PlotProps) {
  const labels = useMemo(() => series.map((s) => s.label), [series]);
  const layout = useMemo(
    () => lineLayout(width, labels, legend, p.height),
    [width, labels, legend, p.height],
  );
  const { box } = layout;
  const first = p.firstStep ?? 0;
  const at = p.cursor === undefined ? undefined : Math.max(0, Math.min(n - 1, p.cursor));
  return (
    <svg className="chart-svg" width={width} height={layout.outer} aria-hidden="true">
      <LineLayers
        layout={layout}
        series={series}
        n={n}
        log={yScale === 'log'}
        yDomain={p.yDomain}
        markers={markers}
        bands={p.bands}
        first={first}
        xLabel={p.xLabel}
        yLabel={p.yLabel}
        legend={legend}
      />
      {at !== undefined && n > 0 && (
        <g transform={`translate(${box.left},${box.top})`}>
          <CursorMark
            px={stepScale(n, box.width)(at)}
            label={`t = ${at + first}`}
            height={box.height}
          />
        </g>
      )}
    </svg>
  );
}
