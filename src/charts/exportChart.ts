/**
 * Export a chart as it is drawn: SVG (with styles inlined and canvas layers embedded), PNG (the
 * canvas layers and the SVG drawn onto one canvas) and CSV. Everything happens in the page: a
 * blob URL and a temporary <a download>, nothing is sent anywhere.
 */
import { chartMessages } from './messages';

/** Export errors are thrown in English; ChartFrame shows them in the page's language. */
const EN = chartMessages.en;

/** The computed style properties copied onto each exported SVG element. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Room for the title above an exported chart, in CSS pixels. */
const TITLE_HEIGHT = 28;

/**
 * The page colours an export is drawn on: the panel's background and ink of the theme in use
 * (white and near-black by default), so that an export made in the dark theme is dark, with its
 * light text still readable, and every file carries its own background.
 */
function exportColours(graphic: Element): { background: string; ink: string } {
  const style = getComputedStyle(graphic);
  return {
    background: style.getPropertyValue('--panel').trim() || '#ffffff',
    ink: style.getPropertyValue('--ink').trim() || '#1b1f24',
  };
}

/** Offset of element e from element origin, in CSS pixels. */
function offsetWithin(e: Element, origin: Element): { x: number; y: number } {
  const a = e.getBoundingClientRect();
  const b = origin.getBoundingClientRect();
  return { x: a.left - b.left, y: a.top - b.top };
}

/** The graphic's size: its SVG's width and height attributes. */
export function graphicSize(svg: SVGSVGElement): { width: number; height: number } {
  return {
    width: Number(svg.getAttribute('width')) || svg.clientWidth,
    height: Number(svg.getAttribute('height')) || svg.clientHeight,
  };
}

/**
 * The graphic's SVG as standalone markup with computed styles inlined on every element and, unless
 * `canvases` is false, the panel's background (white, or dark in the dark theme) and each <canvas> layer embedded as a PNG <image>
 * behind the SVG's own marks (with `canvases: false` it is the transparent top layer of a PNG).
 */
export function serialiseSvg(
  graphic: Element,
  { canvases = true, title = '' }: { canvases?: boolean; title?: string } = {},
): string {
  const svg = graphic.querySelector('svg');
  if (!svg) throw new Error(EN.noSvg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, k) => {
    const style = getComputedStyle(el);
    const inline = STYLE_PROPS.map((p) => [p, style.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '')
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    // Keep the element's own inline style (e.g. the cursor's transform) after the computed one.
    const own = el.getAttribute('style');
    if (inline || own) to[k].setAttribute('style', [inline, own].filter(Boolean).join(';'));
  });
  clone.setAttribute('xmlns', SVG_NS);
  clone.removeAttribute('class');
  clone.removeAttribute('aria-hidden');
  const { width, height } = graphicSize(svg);
  const colours = exportColours(graphic);
  const layers: Element[] = [];
  if (canvases) {
    // A standalone file gets its background; a PNG has its own under the canvas layers.
    layers.push(backgroundRect(width, height, colours.background));
    for (const canvas of graphic.querySelectorAll('canvas')) {
      const { x, y } = offsetWithin(canvas, svg);
      const image = document.createElementNS(SVG_NS, 'image');
      image.setAttribute('x', String(x));
      image.setAttribute('y', String(y));
      image.setAttribute('width', String(canvas.clientWidth || canvas.width));
      image.setAttribute('height', String(canvas.clientHeight || canvas.height));
      image.setAttribute('preserveAspectRatio', 'none');
      image.setAttribute('href', canvas.toDataURL('image/png'));
      layers.push(image);
    }
  }
  clone.prepend(...layers);
  if (title) {
    // The title above the chart, so an exported file says what it shows.
    const body = document.createElementNS(SVG_NS, 'g');
    body.setAttribute('transform', `translate(0,${TITLE_HEIGHT})`);
    body.append(...clone.childNodes);
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', '8');
    text.setAttribute('y', '18');
    text.setAttribute(
      'style',
      `font:700 14px ${getComputedStyle(svg).fontFamily};fill:${colours.ink}`,
    );
    text.textContent = title;
    clone.append(body, text);
    clone.setAttribute('height', String(height + TITLE_HEIGHT));
    if (canvases) clone.prepend(backgroundRect(width, height + TITLE_HEIGHT, colours.background));
  }
  return new XMLSerializer().serializeToString(clone);
}

/** A filled rectangle from the origin. */
function backgroundRect(width: number, height: number, fill: string): SVGRectElement {
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', String(width));
  rect.setAttribute('height', String(height));
  rect.setAttribute('fill', fill);
  return rect;
}

/** Loads markup as an image. */
function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(EN.noImage));
    img.src = url;
  });
}

/**
 * The graphic as a PNG at `scale` × its CSS size: the panel's background, the title (if given), each
 * canvas layer where it sits (cells kept crisp), then the SVG on top.
 */
export async function renderPng(graphic: Element, { scale = 2, title = '' } = {}): Promise<Blob> {
  const svg = graphic.querySelector('svg');
  if (!svg) throw new Error(EN.noSvg);
  const { width, height } = graphicSize(svg);
  const top = title ? TITLE_HEIGHT : 0;
  const out = document.createElement('canvas');
  out.width = Math.round(width * scale);
  out.height = Math.round((height + top) * scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error(EN.noPng);
  ctx.scale(scale, scale);
  ctx.fillStyle = exportColours(graphic).background;
  ctx.fillRect(0, 0, width, height + top);
  ctx.imageSmoothingEnabled = false;
  for (const canvas of graphic.querySelectorAll('canvas')) {
    const { x, y } = offsetWithin(canvas, svg);
    ctx.drawImage(canvas, x, y + top, canvas.clientWidth, canvas.clientHeight);
  }
  const markup = serialiseSvg(graphic, { canvases: false, title });
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    ctx.drawImage(await loadImage(url), 0, 0, width, height + top);
  } finally {
    URL.revokeObjectURL(url);
  }
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error(EN.pngFailed))), 'image/png'),
  );
}

/** Saves a blob as a file through a blob URL and a temporary <a download>. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
