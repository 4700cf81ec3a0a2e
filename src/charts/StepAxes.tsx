import type { ScaleContinuousNumeric, ScaleLinear } from 'd3';
import { useMemo } from 'react';
import { Axis } from './Axis';
import { safeLinearDomain, safeLogDomain } from './domain';
import { formatLogTick, formatPlain } from './format';
import { valueScale, type PlotBox } from './layout';
import { logTicks, stepTicks } from './ticks';

type Y = ScaleContinuousNumeric<number, number>;

/**
 * The value scale of a chart: the given domain, or one taken safely from the data (log: positive
 * finite values, widened to decades; linear: finite values, made nice). Memoised on its inputs.
 */
export function useValueScale(
  series: readonly { values: ArrayLike<number> }[],
  kind: 'linear' | 'log',
  domain: readonly [number, number] | undefined,
  height: number,
  { zero = false } = {},
): Y {
  return useMemo(() => {
    const columns = series.map((s) => s.values);
    if (domain) return valueScale(kind, domain, height);
    if (kind === 'log') return valueScale('log', safeLogDomain(columns), height);
    return valueScale('linear', safeLinearDomain(columns, { zero }), height).nice();
  }, [series, kind, domain, height, zero]);
}

/** Props of the axes shared by the step charts. */
interface StepAxesProps {
  /** n: steps on the x axis. */
  readonly n: number;
  readonly x: ScaleLinear<number, number>;
  readonly y: Y;
  readonly log: boolean;
  readonly box: PlotBox;
  /** Number shown for index 0. */
  readonly first: number;
  readonly xLabel?: string;
  readonly yLabel?: string;
}

/**
 * A step axis below the plot (ticks at whole steps, thinned to fit) and a value axis on the left
 * with grid lines (decades 10ᵏ on a log axis), each with its title.
 */
export function StepAxes({ n, x, y, log, box, first, xLabel = 't', yLabel }: StepAxesProps) {
  const xTicks = useMemo(() => stepTicks(n, Math.floor(box.width / 56)), [n, box.width]);
  const maxY = Math.max(2, Math.floor(box.height / 28));
  const yTicks = useMemo(
    () => (log ? logTicks(y.domain() as [number, number], maxY) : y.ticks(maxY)),
    [log, y, maxY],
  );
  const xFormat = useMemo(() => (i: number) => String(i + first), [first]);
  const yFormat = log ? formatLogTick : formatY;
  return (
    <g className="chart-axes">
      <Axis orient="left" scale={y} tickValues={yTicks} tickFormat={yFormat} grid={box.width} />
      <Axis orient="bottom" scale={x} y={box.height} tickValues={xTicks} tickFormat={xFormat} />
      <text className="chart-axis-title" x={box.width / 2} y={box.height + 34} textAnchor="middle">
        {xLabel}
      </text>
      {yLabel && (
        <text
          className="chart-axis-title"
          transform={`translate(${-box.left + 14},${box.height / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {yLabel}
        </text>
      )}
    </g>
  );
}

const formatY = (v: number) => formatPlain(v, 3);
