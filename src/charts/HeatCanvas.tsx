import { useLayoutEffect, useRef } from 'react';
import type { PlotBox } from './layout';
import { paintHeatmap } from './paintHeatmap';

/** Props of the canvas layer a heatmap's cells are painted on. */
interface HeatCanvasProps {
  /** Where the canvas sits (the plot area) in the graphic. */
  readonly box: PlotBox;
  readonly values: ArrayLike<number>;
  readonly rows: number;
  readonly cols: number;
  readonly colour: (v: number) => string;
}

/**
 * A canvas over the plot area at the device's pixel ratio, repainted by `paintHeatmap` whenever
 * the matrix, colours or size change (and only then: moving the cursor does not repaint).
 */
export function HeatCanvas({ box, values, rows, cols, colour }: HeatCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { width, height } = box;
  useLayoutEffect(() => {
    const canvas = ref.current;
    const dpr = Math.max(1, Math.round(window.devicePixelRatio || 1));
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    canvas.width = width * dpr;
    canvas.height = height * dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    paintHeatmap(ctx, values, rows, cols, colour, { width, height });
  }, [values, rows, cols, colour, width, height]);
  return (
    <canvas
      ref={ref}
      className="chart-canvas"
      style={{ left: box.left, top: box.top, width, height }}
    />
  );
}
