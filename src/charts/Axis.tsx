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
 * What an axis would draw: its side, grid, range and each tick's position and label. Two axes
 * with the same signature draw the same DOM, so a redraw can be skipped.
 */
function signature<D extends AxisDomain>(
  orient: string,
  scale: AxisScale<D>,
  tickValues: readonly D[] | undefined,
  tickFormat: ((d: D) => string) | undefined,
  grid: number,
): string {
  const withTicks = scale as AxisScale<D> & { ticks?: () => D[] };
  const values = tickValues ?? withTicks.ticks?.() ?? scale.domain();
  const ticks = values.map((d) => `${scale(d)}:${tickFormat ? tickFormat(d) : String(d)}`);
  return [orient, grid, ...scale.range(), ...ticks].join('|');
}

/**
 * An axis: React owns the <g>, d3-axis draws into it whenever what it shows changes (a new
 * scale object with the same ticks and range is not a change: dragging a slider redraws only
 * the axes whose ticks move). No transitions: ticks jump, so reduced motion is respected by
 * construction.
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
  const drawn = useRef('');
  useEffect(() => {
    if (!ref.current) return;
    const sig = signature(orient, scale, tickValues, tickFormat, grid);
    if (sig === drawn.current) return;
    drawn.current = sig;
    const axis = AXES[orient](scale).tickSizeOuter(0);
    if (tickValues) axis.tickValues(tickValues);
    if (tickFormat) axis.tickFormat((d) => tickFormat(d));
    const g = select(ref.current).call(axis);
    if (grid > 0) {
      // Grid lines: a second, label-less line per tick reaching across the plot, kept from
      // redraw to redraw (only a new tick gets a new one: fewer nodes for the browser to lay
      // out again while a slider drags). d3-axis draws each tick's mark on its first line.
      g.selectAll<SVGGElement, D>('.tick')
        .selectAll('line.grid')
        .data([grid])
        .join('line')
        .attr('class', 'grid')
        .attr(
          orient === 'bottom' ? 'y2' : 'x2',
          orient === 'bottom' ? -grid : orient === 'left' ? grid : -grid,
        );
    } else g.selectAll('.grid').remove();
  }, [orient, scale, tickValues, tickFormat, grid]);
  return <g ref={ref} className={`axis axis-${orient}`} transform={`translate(${x},${y})`} />;
}
