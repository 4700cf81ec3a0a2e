import { formatPlain } from './format';
import { styleOf, type Series } from './series';

/**
 * The values at the cursor under a chart: "t = 7" then each series' swatch, label and value.
 * Text stays ink-coloured (contrast); the swatch carries colour and dash.
 */
export function Readout({
  series,
  at,
  first = 0,
}: {
  series: readonly Series[];
  at: number;
  first?: number;
}) {
  return (
    <p className="chart-readout">
      <span className="chart-readout-step">t = {at + first}</span>
      {series.map((s, k) => {
        const { colour, dash } = styleOf(s, k);
        return (
          <span key={k} className="chart-readout-item">
            <svg width={18} height={8} aria-hidden="true">
              <line
                x1={1}
                x2={17}
                y1={4}
                y2={4}
                stroke={colour}
                strokeDasharray={dash || undefined}
                strokeWidth={2.5}
              />
            </svg>
            {s.label}{' '}
            <span className="chart-readout-value">
              {at < s.values.length ? formatPlain(s.values[at]) : '—'}
            </span>
          </span>
        );
      })}
    </p>
  );
}
