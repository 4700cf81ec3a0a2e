import type { ResolvedHeatScale } from './heatScale';

/** Props of a heatmap's colour legend. */
interface HeatLegendProps {
  readonly scale: ResolvedHeatScale;
  /** Top-left corner of the colour bar and its height. */
  readonly x: number;
  readonly y: number;
  readonly height: number;
  /** A unique id for the bar's gradient. */
  readonly gradientId: string;
}

/** Enough stops for the smooth d3 interpolators, few enough to keep the DOM small. */
const STOPS = 9;
const BAR = 10;

/** A vertical colour bar (high at the top) with the scale's ticks to its right. */
export function HeatLegend({ scale, x, y, height, gradientId }: HeatLegendProps) {
  const [lo, hi] = scale.domain;
  const yOf = (v: number) => (hi > lo ? height * (1 - (v - lo) / (hi - lo)) : height / 2);
  return (
    <g className="chart-heat-legend" transform={`translate(${x},${y})`}>
      <defs>
        <linearGradient id={gradientId} x1={0} x2={0} y1={1} y2={0}>
          {Array.from({ length: STOPS }, (_, k) => {
            const u = k / (STOPS - 1);
            return <stop key={k} offset={u} stopColor={scale.colour(lo + u * (hi - lo))} />;
          })}
        </linearGradient>
      </defs>
      <rect
        width={BAR}
        height={height}
        fill={`url(#${gradientId})`}
        stroke="#767d86"
        strokeWidth={0.5}
      />
      {/* Keyed by place, not value: as a slider drags the ticks move and relabel, no node is
          made again. */}
      {scale.ticks.map((t, k) => (
        <g key={k} transform={`translate(${BAR},${yOf(t.value)})`}>
          <line x2={4} stroke="#767d86" />
          <text x={7} dy="0.32em">
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}
