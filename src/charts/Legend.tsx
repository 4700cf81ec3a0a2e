import { legendLayout, SWATCH } from './legendLayout';
import type { SeriesStyle } from './palette';

/** One legend entry: a line sample in the series' colour and dash, and its label. */
export interface LegendEntry extends SeriesStyle {
  readonly label: string;
}

/** The height a legend of these labels needs at this width (0 for no entries). */
export const legendHeight = (labels: readonly string[], width: number) =>
  legendLayout(labels, width).height;

/** A legend in SVG (so exports carry it): entries left to right, wrapping within `width`. */
export function Legend({ entries, width }: { entries: readonly LegendEntry[]; width: number }) {
  const { slots } = legendLayout(
    entries.map((e) => e.label),
    width,
  );
  return (
    <g className="chart-legend">
      {entries.map((e, k) => (
        <g key={k} transform={`translate(${slots[k].x},${slots[k].y})`}>
          <line
            x1={0}
            x2={SWATCH - 6}
            y1={9}
            y2={9}
            stroke={e.colour}
            strokeDasharray={e.dash || undefined}
            strokeWidth={2.5}
          />
          <text x={SWATCH} y={13}>
            {e.label}
          </text>
        </g>
      ))}
    </g>
  );
}
