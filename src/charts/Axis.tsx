import { axisBottom, axisLeft, axisRight, select, type AxisDomain, type AxisScale } from 'd3';
import { useEffect, useRef } from 'react';

/** Props of an axis drawn by d3-axis. */
export interface AxisProps<D extends AxisDomain> {
  /** Which side of the plot the axis is on. */
  readonly orient: 'bottom' | 'left' | 'right';
  readonly scale: AxisScale<D>;
  /** Where the axis group sits, in the SVG's coordinates. */
  readonly x?: number;
  readonly y?: number;
  /** Tick positions (default: the scale's own ticks). */
  readonly tickValues?: readonly D[];
  readonly tickFormat?: (d: D) => string;
  /** Grid line length across the plot (0: none). Drawn by the axis as extended ticks. */
  readonly grid?: number;
}

const AXES = { bottom: axisBottom, left: axisLeft, right: axisRight } as const;

/**
 * An axis: React owns the <g>, d3-axis draws into it on every change (create/update in the
 * effect; React removes the group on unmount). No transitions: ticks jump, so reduced motion
 * is respected by construction.
 */
export function Axis<D extends AxisDomain>({
  orient,
  scale,
  x = 0,
  y = 0,
  tickValues,
  tickFormat,
  grid = 0,
}: AxisProps<D>) {
  const ref = useRef<SVGGElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const axis = AXES[orient](scale).tickSizeOuter(0);
    if (tickValues) axis.tickValues(tickValues);
    if (tickFormat) axis.tickFormat((d) => tickFormat(d));
    const g = select(ref.current).call(axis);
    g.selectAll('.grid').remove();
    if (grid > 0) {
      // Grid lines: a second, label-less line per tick reaching across the plot.
      g.selectAll<SVGGElement, D>('.tick')
        .append('line')
        .attr('class', 'grid')
        .attr(
          orient === 'bottom' ? 'y2' : 'x2',
          orient === 'bottom' ? -grid : orient === 'left' ? grid : -grid,
        );
    }
  }, [orient, scale, tickValues, tickFormat, grid]);
  return <g ref={ref} className={`axis axis-${orient}`} transform={`translate(${x},${y})`} />;
}
