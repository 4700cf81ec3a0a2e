import { SPARK_HEIGHT, type SparklineGeometry } from './sparkline';

interface SparklineProps {
  readonly geometry: SparklineGeometry;
  /** T: time steps, the viewBox width (one unit per step, aligned with the tokens). */
  readonly steps: number;
  /** The cursor's time step, shaded. */
  readonly current: number;
  /** Whether the current step's output is computed yet (its dot is drawn then). */
  readonly computed: boolean;
  /** The accessible name: what is drawn, in words. */
  readonly label: string;
}

/**
 * A sparkline of one value per time step, stretched over the token strip: the viewBox is T wide
 * and the strokes do not scale, so step t sits exactly above token t at any width.
 */
export function Sparkline({ geometry, steps, current, computed, label }: SparklineProps) {
  const y = geometry.ys[current];
  return (
    <div className="sparkline" role="img" aria-label={label}>
      <svg
        viewBox={`0 0 ${steps} ${SPARK_HEIGHT}`}
        preserveAspectRatio="none"
        height={SPARK_HEIGHT}
        aria-hidden="true"
        focusable="false"
      >
        <rect className="spark-current" x={current} width={1} y={0} height={SPARK_HEIGHT} />
        <line className="spark-zero" x1={0} x2={steps} y1={geometry.zero} y2={geometry.zero} />
        <path className="spark-ahead" d={geometry.ahead} />
        <path className="spark-done" d={geometry.done} />
      </svg>
      {computed && Number.isFinite(y) && (
        <span
          className="spark-dot"
          style={{ left: `${((current + 0.5) / steps) * 100}%`, top: `${y}px` }}
        />
      )}
    </div>
  );
}
