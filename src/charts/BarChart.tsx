import { chartMessages } from './messages';
import { useLang } from '../i18n';
import { useMemo, type ReactNode } from 'react';
import { breakMarkers, isPlottable } from './breaks';
import { ChartFrame } from './ChartFrame';
import { CursorSlider } from './CursorSlider';
import { stepIndex } from './data';
import { describeSeries } from './describe';
import { MARGIN, plotBox, stepScale } from './layout';
import { Bands, BreakMarks, CursorMark, type Band } from './plotMarks';
import { Readout } from './Readout';
import { readoutText, styleOf, type Series } from './series';
import { StepAxes, useValueScale } from './StepAxes';

/** Props of a bar chart with one bar per time step. */
export interface BarChartProps {
  /** Title: shown above, starts the accessible name, captions the data table. */
  readonly title: string;
  /** Words after the title in the accessible name (default: first and last value). */
  readonly summary?: string;
  /** The bars: a label (table header, readout) and one value per step; colour optional. */
  readonly series: Series;
  /** Linear (default; bars from 0) or log (bars from the bottom; only positive finite values). */
  readonly yScale?: 'linear' | 'log';
  /** Fixed y domain (default: from the data, safely; linear domains include 0). */
  readonly yDomain?: readonly [number, number];
  readonly yLabel?: string;
  /** The x axis title (default "t", the time step index). */
  readonly xLabel?: string;
  /** The number shown for step index 0 (default 0). */
  readonly firstStep?: number;
  readonly bands?: readonly Band[];
  /** The cursor's step index; its bar is outlined. */
  readonly cursor?: number;
  readonly onCursorChange?: (i: number) => void;
  /** Height of the plot area in CSS px (default 160). */
  readonly height?: number;
  readonly step?: string;
  /** Extra content under the chart. */
  readonly children?: ReactNode;
}

/**
 * One bar per step on a linear or log axis, with the line chart's frame, cursor, readout and
 * safety: a value the axis cannot show draws no bar, and an overflow gets a labelled marker.
 */
export function BarChart(props: BarChartProps) {
  const { title, series, yScale = 'linear', firstStep = 0, cursor, onCursorChange } = props;
  const n = series.values.length;
  const log = yScale === 'log';
  const list = useMemo(() => [series], [series]);
  const index = useMemo(() => stepIndex(n, firstStep), [n, firstStep]);
  const data = useMemo(() => ({ indexLabel: 't', index, columns: list }), [list, index]);
  const lang = useLang();
  const sep = chartMessages[lang].clauseSep;
  const markers = useMemo(
    () => breakMarkers([series.values], log, (i) => i + firstStep, 'start', lang),
    [series.values, log, firstStep, lang],
  );
  const summary =
    props.summary ??
    describeSeries(list, { first: firstStep, lang }) +
      (markers.length ? sep + markers.map((m) => m.label).join(sep) : '');
  const at = cursor === undefined ? undefined : Math.max(0, Math.min(n - 1, cursor));
  const boxAt = (width: number) =>
    plotBox(width, MARGIN.top + (props.height ?? 160) + MARGIN.bottom);
  return (
    <ChartFrame
      title={title}
      summary={summary}
      data={data}
      step={props.step}
      graphic={(width) => (
        <BarPlot
          {...props}
          list={list}
          markers={markers}
          box={boxAt(width)}
          width={width}
          at={at}
        />
      )}
      overlay={(width, titleId) =>
        onCursorChange && at !== undefined && n > 0 ? (
          <CursorSlider
            box={boxAt(width)}
            count={n}
            value={at}
            first={firstStep}
            onChange={onCursorChange}
            valueText={readoutText(list, at, firstStep)}
            describedBy={titleId}
          />
        ) : null
      }
      footer={
        <>
          {at !== undefined && n > 0 && <Readout series={list} at={at} first={firstStep} />}
          {props.children}
        </>
      }
    />
  );
}

type PlotProps = BarChartProps & {
  list: readonly Series[];
  markers: ReturnType<typeof breakMarkers>;
  box: ReturnType<typeof plotBox>;
  width: number;
  at: number | undefined;
};

/** The SVG of a bar chart at a given width. */
function BarPlot({ list, yScale = 'linear', yDomain, markers, box, width, at, ...p }: PlotProps) {
  const values = list[0].values;
  const n = values.length;
  const log = yScale === 'log';
  const x = useMemo(() => stepScale(n, box.width), [n, box.width]);
  const y = useValueScale(list, yScale, yDomain, box.height, { zero: true });
  const first = p.firstStep ?? 0;
  const bw = Math.max(1, (box.width / Math.max(1, n)) * 0.72);
  const [lo] = y.domain();
  const base = log ? box.height : y(Math.max(lo, 0));
  const { colour } = styleOf(list[0], 0);
  return (
    <svg
      className="chart-svg"
      width={width}
      height={box.top + box.height + MARGIN.bottom}
      aria-hidden="true"
    >
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
        <g className="chart-bars" fill={colour}>
          {Array.from(values, (v, i) => {
            if (!isPlottable(v, log)) return null;
            const top = Math.max(0, Math.min(box.height, y(v)));
            return (
              <rect
                key={i}
                x={x(i) - bw / 2}
                y={Math.min(top, base)}
                width={bw}
                height={Math.abs(base - top)}
                className={i === at ? 'at-cursor' : undefined}
              />
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
