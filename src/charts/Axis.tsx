import type { AxisDomain, AxisScale } from 'd3';

/** Props of an axis, drawn as d3-axis draws one. */
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

/** d3-axis's sizes: the tick mark's length and the gap between it and its label. */
const TICK = 6;
const PADDING = 3;

/** A scale that may have its own ticks and tick format (linear, log) or not. */
type WithTicks<D> = AxisScale<D> & {
  ticks?: () => D[];
  tickFormat?: () => (d: D) => string;
};

/**
 * An axis with the DOM d3-axis draws (a `domain` path, then a `tick` group per tick with its
 * mark and label, and a `grid` line reaching across the plot when asked for), drawn by React.
 * Ticks are keyed by place: as a slider drags and the ticks move or relabel, no node is made
 * again, and an axis whose ticks stay is not touched. No transitions: ticks jump, so reduced
 * motion is respected by construction.
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
  const s = scale as WithTicks<D>;
  const values = tickValues ?? s.ticks?.() ?? scale.domain();
  const format = tickFormat ?? s.tickFormat?.() ?? String;
  // Half a pixel keeps 1 px lines crisp on a screen of one device pixel per CSS pixel.
  const offset = typeof window !== 'undefined' && window.devicePixelRatio > 1 ? 0 : 0.5;
  const range = scale.range();
  const r0 = +range[0] + offset;
  const r1 = +range[range.length - 1] + offset;
  const vertical = orient !== 'bottom';
  const k = orient === 'left' ? -1 : 1;
  const along = vertical ? 'x' : 'y';
  return (
    <g
      className={`axis axis-${orient}`}
      transform={`translate(${x},${y})`}
      fill="none"
      fontSize={10}
      fontFamily="sans-serif"
      textAnchor={orient === 'right' ? 'start' : orient === 'left' ? 'end' : 'middle'}
    >
      <path
        className="domain"
        stroke="currentColor"
        d={vertical ? `M${offset},${r0}V${r1}` : `M${r0},${offset}H${r1}`}
      />
      {values.map((d, i) => {
        const at = Number(scale(d)) + offset;
        return (
          <g
            key={i}
            className="tick"
            opacity={1}
            transform={vertical ? `translate(0,${at})` : `translate(${at},0)`}
          >
            <line stroke="currentColor" {...{ [`${along}2`]: k * TICK }} />
            <text
              fill="currentColor"
              {...{ [along]: k * (TICK + PADDING) }}
              dy={orient === 'bottom' ? '0.71em' : '0.32em'}
            >
              {format(d)}
            </text>
            {grid > 0 && (
              <line
                className="grid"
                {...{
                  [`${along}2`]: orient === 'bottom' ? -grid : orient === 'left' ? grid : -grid,
                }}
              />
            )}
          </g>
        );
      })}
    </g>
  );
}
