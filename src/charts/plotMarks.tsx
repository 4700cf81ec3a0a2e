import type { ScaleContinuousNumeric } from 'd3';
import type { StepMarker } from './breaks';
import { BAND_FILLS } from './palette';

/** A shaded range of the value axis, e.g. where a gradient counts as vanished. */
export interface Band {
  /** Lower edge in data units (0 or −Infinity: the bottom of the plot). */
  readonly from: number;
  /** Upper edge in data units (Infinity: the top of the plot). */
  readonly to: number;
  /** Written inside the band, e.g. "vanished". */
  readonly label: string;
  /** What the band means; picks its tint (default neutral). */
  readonly tone?: keyof typeof BAND_FILLS;
}

type Y = ScaleContinuousNumeric<number, number>;

/** y of v on scale y, clamped into the plot (Infinity, 0 on a log axis, … land on an edge). */
function clampedY(y: Y, v: number, plotHeight: number): number {
  const [lo, hi] = y.domain();
  if (!(v > lo)) return plotHeight;
  if (!(v < hi)) return 0;
  return y(v);
}

/** The shaded bands, clipped to the plot; bands outside the domain draw nothing. */
export function Bands({
  bands,
  y,
  width,
  height,
}: {
  bands: readonly Band[];
  y: Y;
  width: number;
  height: number;
}) {
  return (
    <g className="chart-bands">
      {bands.map((b, k) => {
        const top = clampedY(y, b.to, height);
        const bottom = clampedY(y, b.from, height);
        if (bottom - top < 1) return null;
        const labelY = b.tone === 'vanished' ? bottom - 5 : top + 12;
        return (
          <g key={k} className={`chart-band ${b.tone ?? 'neutral'}`}>
            <rect
              x={0}
              y={top}
              width={width}
              height={bottom - top}
              fill={BAND_FILLS[b.tone ?? 'neutral']}
            />
            <text x={width - 6} y={labelY} textAnchor="end" className="chart-band-label">
              {b.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * Labelled vertical markers where a series overflows or (on a log axis) reaches zero. Labels
 * stack from the top of the plot and face inwards near the right edge.
 */
export function BreakMarks({
  markers,
  x,
  width,
  height,
}: {
  markers: readonly StepMarker[];
  x: (i: number) => number;
  width: number;
  height: number;
}) {
  return (
    <g className="chart-breaks">
      {markers.map((m, k) => {
        const px = x(m.at);
        const right = px > width * 0.6;
        return (
          <g key={`${m.kind}${m.at}`} className={`chart-break ${m.kind}`} data-step-index={m.at}>
            <line x1={px} x2={px} y1={0} y2={height} />
            <text x={right ? px - 5 : px + 5} y={13 + 14 * k} textAnchor={right ? 'end' : 'start'}>
              {m.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The cursor: a vertical line through step index `at` and its label "t = k" above the plot. */
export function CursorMark({ px, label, height }: { px: number; label: string; height: number }) {
  return (
    <g className="chart-cursor-mark chart-slide" style={{ transform: `translateX(${px}px)` }}>
      <line y1={-4} y2={height} />
      <text y={-8} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}
