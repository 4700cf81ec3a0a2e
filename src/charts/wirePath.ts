import { path } from 'd3';

/** A point in the drawing's coordinates. */
export type Point = readonly [x: number, y: number];

/**
 * The SVG path of a wire through the points, with each corner rounded by an arc of radius r
 * (smaller where a segment is too short for it), drawn with d3-path.
 */
export function wirePath(points: readonly Point[], r = 10): string {
  if (points.length < 2) return '';
  const p = path();
  p.moveTo(...points[0]);
  for (let k = 1; k < points.length - 1; k++) {
    const [a, b, c] = [points[k - 1], points[k], points[k + 1]];
    const room = Math.min(dist(a, b), dist(b, c)) / 2;
    p.arcTo(b[0], b[1], c[0], c[1], Math.min(r, room));
  }
  p.lineTo(...points[points.length - 1]);
  return p.toString();
}

const dist = (a: Point, b: Point) => Math.hypot(b[0] - a[0], b[1] - a[1]);

/**
 * A filled triangle pointing along the wire's last segment, its tip at the last point: the
 * arrowhead of a wire, `size` long and as wide.
 */
export function arrowHead(points: readonly Point[], size = 9): string {
  if (points.length < 2) return '';
  const [x0, y0] = points[points.length - 2];
  const [x1, y1] = points[points.length - 1];
  const len = Math.hypot(x1 - x0, y1 - y0) || 1;
  const [ux, uy] = [(x1 - x0) / len, (y1 - y0) / len];
  const [bx, by] = [x1 - ux * size, y1 - uy * size];
  const [nx, ny] = [(-uy * size) / 2, (ux * size) / 2];
  const p = path();
  p.moveTo(x1, y1);
  p.lineTo(bx + nx, by + ny);
  p.lineTo(bx - nx, by - ny);
  p.closePath();
  return p.toString();
}

/** The wire's points with the last one pulled back by `by` along its segment (to leave room for an arrowhead). */
export function shortenEnd(points: readonly Point[], by: number): Point[] {
  if (points.length < 2) return [...points];
  const [x0, y0] = points[points.length - 2];
  const [x1, y1] = points[points.length - 1];
  const len = Math.hypot(x1 - x0, y1 - y0) || 1;
  const k = Math.max(0, len - by) / len;
  return [...points.slice(0, -1), [x0 + (x1 - x0) * k, y0 + (y1 - y0) * k]];
}

/** A closed outline through the points with every corner rounded by r: a step's region. */
export function roundedOutline(points: readonly Point[], r = 12): string {
  const n = points.length;
  if (n < 3) return '';
  const p = path();
  const mid = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  p.moveTo(...mid(points[n - 1], points[0]));
  for (let k = 0; k < n; k++) {
    const [a, b, c] = [points[(k + n - 1) % n], points[k], points[(k + 1) % n]];
    p.arcTo(b[0], b[1], ...mid(b, c), Math.min(r, dist(a, b) / 2, dist(b, c) / 2));
  }
  p.closePath();
  return p.toString();
}
