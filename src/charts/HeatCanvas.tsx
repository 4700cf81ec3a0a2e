import { useLayoutEffect, useMemo, useRef } from 'react';
import type { PlotBox } from './layout';
import { heatmapPixels, nonFiniteCells, paintHeatmap } from './paintHeatmap';

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
 * Sizes a canvas's bitmap, only when it changes: setting either size, even to the same value,
 * throws the bitmap away and allocates a new one (each repaint covers every pixel anyway).
 */
function resize(canvas: HTMLCanvasElement, width: number, height: number) {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
}

/**
 * A canvas over the plot area at the device's pixel ratio, repainted whenever the matrix,
 * colours or size change (and only then: moving the cursor does not repaint). The cells go
 * through a one-pixel-per-cell image on a detached canvas, scaled up by `paintHeatmap`.
 */
export function HeatCanvas({ box, values, rows, cols, colour }: HeatCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const cells = useRef<HTMLCanvasElement | null>(null);
  const { width, height } = box;
  const image = useMemo(
    () => heatmapPixels(values, rows, cols, colour),
    [values, rows, cols, colour],
  );
  const crossed = useMemo(() => nonFiniteCells(values, rows, cols), [values, rows, cols]);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || rows <= 0 || cols <= 0) return;
    cells.current ??= document.createElement('canvas');
    const source = cells.current;
    resize(source, cols, rows);
    source.getContext('2d')?.putImageData(new ImageData(image, cols, rows), 0, 0);
    const dpr = Math.max(1, Math.round(window.devicePixelRatio || 1));
    resize(canvas, width * dpr, height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    paintHeatmap(ctx, source, rows, cols, crossed, { width, height });
  }, [image, crossed, rows, cols, width, height]);
  return (
    <canvas
      ref={ref}
      className="chart-canvas"
      style={{ left: box.left, top: box.top, width, height }}
    />
  );
}
