import { line } from 'd3';
import { useMemo } from 'react';
import { useMessages } from '../../../i18n';
import { ChartFrame, type ChartData, type Series } from '../../../charts';
import { Axis } from '../../../charts/Axis';
import { isPlottable } from '../../../charts/breaks';
import { formatLogTick, formatPlain } from '../../../charts/format';
import { plotBox } from '../../../charts/layout';
import { Legend, type LegendEntry } from '../../../charts/Legend';
import { ALARM } from '../../../charts/palette';
import { BreakMarks } from '../../../charts/plotMarks';
import { styleOf } from '../../../charts/series';
import { trainingMessages } from '../messages';
import { firstOverflow, updateScale, updateTicks, yScaleOf, yTicksOf } from './updateScales';

/** Props of a chart of values against the training update. */
export interface UpdateChartProps {
  /** Title: shown above, starts the accessible name, captions the data table. */
  readonly title: string;
  /** Words after the title in the accessible name. */
  readonly summary: string;
  /** The update number of each point. */
  readonly x: ArrayLike<number>;
  /** The lines: one value per point of `x`; NaN and ±Infinity (and 0 on a log axis) break them. */
  readonly series: readonly Series[];
  readonly yScale?: 'linear' | 'log';
  readonly yDomain?: readonly [number, number];
  readonly yLabel: string;
  /** Tick labels of a linear y axis (default plain numbers). */
  readonly yFormat?: (v: number) => string;
  /** Points to mark on the first series (e.g. clipped updates): a count per point, > 0 marked. */
  readonly marks?: { readonly label: string; readonly values: ArrayLike<number> };
  /** A horizontal reference line, e.g. the clipping threshold. */
  readonly threshold?: { readonly value: number; readonly label: string };
  /** Shown in the plot while there are no points. */
  readonly empty?: string;
  /** Plot height in CSS px (default 140). */
  readonly height?: number;
}

const MARGIN = { top: 30, right: 20, bottom: 40, left: 64 };

/**
 * Values against the update number, on a linear or log axis: lines break at values the axis
 * cannot show, and an overflow is a labelled marker. Marked points (clipped updates) are drawn
 * as alarm-coloured dots on the first line. Local to the training lab: the kit's line chart is
 * indexed by time step.
 */
export function UpdateChart(props: UpdateChartProps) {
  const { title, summary, x, series, marks } = props;
  const m = useMessages(trainingMessages);
  const data: ChartData = useMemo(
    () => ({
      indexLabel: m.updateAxis,
      index: x,
      columns: marks ? [...series, { label: marks.label, values: marks.values }] : series,
    }),
    [x, series, marks, m],
  );
  return (
    <ChartFrame
      title={title}
      summary={summary}
      data={data}
      fallbackWidth={480}
      graphic={(width) => <UpdatePlot {...props} width={width} />}
    />
  );
}

function UpdatePlot({
  x,
  series,
  yScale = 'linear',
  width,
  ...p
}: UpdateChartProps & { width: number }) {
  const m = useMessages(trainingMessages);
  const height = p.height ?? 140;
  const box = plotBox(width, MARGIN.top + height + MARGIN.bottom, MARGIN);
  const log = yScale === 'log';
  const xs = useMemo(() => updateScale(x, box.width), [x, box.width]);
  const ys = useMemo(
    () =>
      yScaleOf(
        series.map((s) => s.values),
        yScale,
        p.yDomain,
        box.height,
      ),
    [series, yScale, p.yDomain, box.height],
  );
  const xTicks = useMemo(() => updateTicks(xs, Math.floor(box.width / 70)), [xs, box.width]);
  const yTicks = useMemo(
    () => yTicksOf(ys, yScale, Math.max(2, Math.floor(box.height / 30))),
    [ys, yScale, box.height],
  );
  const index = Array.from({ length: x.length }, (_, i) => i);
  const breaks = series.flatMap((s) => {
    const at = firstOverflow(s.values);
    return at === null
      ? []
      : [{ at, kind: 'overflow' as const, label: m.overflowsAt(s.label, x[at]) }];
  });
  const entries: LegendEntry[] = series.map((s, k) => ({ label: s.label, ...styleOf(s, k) }));
  const first = series[0];
  return (
    <svg
      className="chart-svg"
      width={width}
      height={box.top + box.height + MARGIN.bottom}
      aria-hidden="true"
    >
      <g transform={`translate(${box.left},8)`}>
        <Legend entries={entries} width={box.width * 0.6} />
        {p.marks && (
          <g transform={`translate(${box.width},0)`} className="update-chart-mark-key">
            <circle cx={-8} cy={9} r={4} fill={ALARM} stroke="#fff" />
            <text x={-16} y={13} textAnchor="end">
              {p.marks.label}
            </text>
          </g>
        )}
      </g>
      <g transform={`translate(${box.left},${box.top})`}>
        <Axis
          orient="left"
          scale={ys}
          tickValues={yTicks}
          tickFormat={log ? formatLogTick : (p.yFormat ?? plain)}
          grid={box.width}
        />
        <Axis orient="bottom" scale={xs} y={box.height} tickValues={xTicks} tickFormat={String} />
        <text
          className="chart-axis-title"
          x={box.width / 2}
          y={box.height + 34}
          textAnchor="middle"
        >
          {m.updateAxis}
        </text>
        <text
          className="chart-axis-title"
          transform={`translate(${-box.left + 14},${box.height / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {p.yLabel}
        </text>
        {p.threshold && isPlottable(p.threshold.value, log) && (
          <g className="update-chart-threshold" transform={`translate(0,${ys(p.threshold.value)})`}>
            <line x1={0} x2={box.width} />
            <text x={box.width - 4} y={13} textAnchor="end">
              {p.threshold.label}
            </text>
          </g>
        )}
        {series.map((s, k) => {
          const { colour, dash } = styleOf(s, k);
          const d = line<number>()
            .defined((i) => isPlottable(s.values[i], log))
            .x((i) => xs(x[i]))
            .y((i) => ys(s.values[i]))(index);
          return (
            <path
              key={k}
              d={d ?? ''}
              fill="none"
              stroke={colour}
              strokeWidth={1.75}
              strokeDasharray={dash || undefined}
            />
          );
        })}
        {p.marks && first && (
          <g className="update-chart-marks" fill={ALARM} stroke="#fff">
            {index.map((i) =>
              p.marks!.values[i] > 0 && isPlottable(first.values[i], log) ? (
                <circle key={i} cx={xs(x[i])} cy={ys(first.values[i])} r={3.2} />
              ) : null,
            )}
          </g>
        )}
        <BreakMarks markers={breaks} x={(i) => xs(x[i])} width={box.width} height={box.height} />
        {x.length === 0 && p.empty && (
          <text
            className="update-chart-empty"
            x={box.width / 2}
            y={box.height / 2}
            textAnchor="middle"
          >
            {p.empty}
          </text>
        )}
      </g>
    </svg>
  );
}

const plain = (v: number) => formatPlain(v, 3);
