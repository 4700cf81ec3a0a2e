import type { Box, DiagramLayout } from './layout';

/** Height over width of the zoomed view: the same for every step, so the page does not jump. */
const ASPECT = 0.75;
/** Margin kept around the step's region. */
const MARGIN = 16;

/** The whole drawing, as a box. */
export function fullBox(layout: DiagramLayout): Box {
  return { x: 0, y: layout.top, w: layout.width, h: layout.height - layout.top };
}

/**
 * The part of the drawing to show on a narrow screen: the current step's region with a margin,
 * widened to at least `minWidth` and to a fixed aspect, centred on the region and kept inside
 * the drawing.
 */
export function focusBox(layout: DiagramLayout, sub: number, minWidth = 440): Box {
  const full = fullBox(layout);
  const xs = layout.steps[sub].outline.map((p) => p[0]);
  const ys = layout.steps[sub].outline.map((p) => p[1]);
  const [x0, x1] = [Math.min(...xs) - MARGIN, Math.max(...xs) + MARGIN];
  const [y0, y1] = [Math.min(...ys) - MARGIN, Math.max(...ys) + MARGIN];
  let w = Math.max(minWidth, x1 - x0, (y1 - y0) / ASPECT);
  w = Math.min(w, full.w, full.h / ASPECT);
  const h = w * ASPECT;
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  return {
    x: clamp((x0 + x1 - w) / 2, full.x, full.x + full.w - w),
    y: clamp((y0 + y1 - h) / 2, full.y, full.y + full.h - h),
    w,
    h,
  };
}
