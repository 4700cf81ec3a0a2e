import { memo, useMemo } from 'react';
import { Axis } from './Axis';
import { HeatLegend } from './HeatLegend';
import type { ResolvedHeatScale } from './heatScale';
import { stepScale } from './layout';
import { stepTicks, unitTicks } from './ticks';

/** Props of a heatmap's axes and colour legend (plot coordinates). */
interface HeatAxesProps {
  /** The plot area's size and its left margin (room for the unit axis title). */
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
  /** The number shown for step index 0. */
  readonly first: number;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly scale: ResolvedHeatScale;
  readonly gradientId: string;
}

const rowTick = (r: number) => String(r + 1);

/**
 * A heatmap's step axis, unit axis (counted from 1), their titles and the colour legend on the
 * right. Memoised: moving the cursor does not redraw them.
 */
export const HeatAxes = memo(function HeatAxes({
  width,
  height,
  left,
  rows,
  cols,
  first,
  xLabel,
  yLabel,
  scale,
  gradientId,
}: HeatAxesProps) {
  const x = useMemo(() => stepScale(cols, width), [cols, width]);
  const y = useMemo(() => stepScale(rows, height), [rows, height]);
  const xTicks = useMemo(() => stepTicks(cols, Math.floor(width / 56)), [cols, width]);
  const yTicks = useMemo(() => unitTicks(rows, Math.floor(height / 16)), [rows, height]);
  const xFormat = useMemo(() => (i: number) => String(i + first), [first]);
  return (
    <>
      <Axis orient="left" scale={y} tickValues={yTicks} tickFormat={rowTick} />
      <Axis orient="bottom" scale={x} y={height} tickValues={xTicks} tickFormat={xFormat} />
      <text className="chart-axis-title" x={width / 2} y={height + 34} textAnchor="middle">
        {xLabel}
      </text>
      <text
        className="chart-axis-title"
        transform={`translate(${-left + 14},${height / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yLabel}
      </text>
      <HeatLegend scale={scale} x={width + 14} y={0} height={height} gradientId={gradientId} />
    </>
  );
});
