import { useId } from 'react';
import { stripColour, type StripScale } from './VectorStrip';
import { useMessages } from '../i18n';
import { chartMessages } from './messages';
import './vectorStrip.css';

const STOPS = 11;
const BAR = { w: 120, h: 10 } as const;

/** −m written with a true minus sign, to 3 significant digits. */
const signed = (v: number) => {
  const text = String(Number(Math.abs(v).toPrecision(3)));
  return v < 0 ? `−${text}` : text;
};

/** The ends and middle of a scale's domain. */
function domainOf(scale: StripScale): [number, number, number] {
  return scale.kind === 'gate' ? [0, 0.5, 1] : [-scale.m, 0, scale.m];
}

/**
 * A small legend for a strip scale: its title, then a colour bar with the ends and middle of
 * the domain written under it (gates 0 … 1; signed values −m … 0 … m).
 */
export function ColourLegend({ scale, title }: { scale: StripScale; title: string }) {
  const id = useId();
  const m = useMessages(chartMessages);
  const [lo, mid, hi] = domainOf(scale);
  return (
    <div className="colour-legend">
      <span className="colour-legend-title">{title}</span>
      <svg
        width={BAR.w + 16}
        height={BAR.h + 16}
        viewBox={`-8 0 ${BAR.w + 16} ${BAR.h + 16}`}
        role="img"
        aria-label={m.legendRange(title, signed(lo), signed(hi))}
      >
        <defs>
          <linearGradient id={id}>
            {Array.from({ length: STOPS }, (_, k) => {
              const u = k / (STOPS - 1);
              return <stop key={k} offset={u} stopColor={stripColour(lo + u * (hi - lo), scale)} />;
            })}
          </linearGradient>
        </defs>
        <rect
          width={BAR.w}
          height={BAR.h}
          fill={`url(#${id})`}
          stroke="#767d86"
          strokeWidth={0.5}
        />
        {[lo, mid, hi].map((v, k) => (
          <text key={k} x={(k * BAR.w) / 2} y={BAR.h + 12} textAnchor="middle">
            {signed(v)}
          </text>
        ))}
      </svg>
    </div>
  );
}
