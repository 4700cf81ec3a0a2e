import { useLayoutEffect, useRef, type ReactNode } from 'react';

interface TextBlockProps {
  readonly children: ReactNode;
  /**
   * 'height': a block as wide as its container (default); 'both': as wide as the widest text it
   * has held (a number's width changing with its digits would otherwise lay out its ancestors
   * on every input again).
   */
  readonly fit?: 'height' | 'both';
  /** A div (flow content inside), or a span (in a phrasing context: a label, an output). */
  readonly as?: 'div' | 'span';
}

/**
 * Text that changes on every input of a drag (a chart's readout and sentences, a slider's
 * value, σ_max), laid out on its own. Chromium lays out every ancestor of changed text again,
 * up to the page's root; a box with size and layout containment at a fixed size stops that
 * climb. Its size is its content's, measured: a ResizeObserver on the content sets it again (a
 * line more, a wider number, a narrower window) before the frame is painted. It grows but does
 * not shrink while its width stays, so that a drag whose sentences gain and lose a line does not
 * lay out the page each time (nor make it jump).
 */
export function TextBlock({ children, fit = 'height', as: Tag = 'div' }: TextBlockProps) {
  const outer = useRef<HTMLElement>(null);
  const inner = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!box || !content || typeof ResizeObserver === 'undefined') return;
    let lastWidth = -1;
    const observer = new ResizeObserver(([entry]) => {
      const size = entry.borderBoxSize?.[0];
      const rect = size ? null : content.getBoundingClientRect();
      // Grown, never shrunk, while the width stays: a sentence a line shorter leaves its line
      // (no layout of the ancestors, no page jumping under a drag); a new width starts afresh.
      const height = size?.blockSize ?? rect?.height ?? 0;
      const inline = size?.inlineSize ?? rect?.width ?? 0;
      const sameWidth = inline === lastWidth;
      lastWidth = inline;
      if (!(sameWidth && height <= parseFloat(box.style.height))) box.style.height = `${height}px`;
      const width = size?.inlineSize ?? rect?.width ?? 0;
      if (fit === 'both' && !(width <= parseFloat(box.style.width))) box.style.width = `${width}px`;
      box.style.contain = 'size layout';
    });
    observer.observe(content);
    return () => {
      observer.disconnect();
      box.style.height = box.style.width = box.style.contain = '';
    };
  }, [fit]);
  return (
    <Tag ref={outer as never} className="text-block">
      <Tag ref={inner as never} className={`text-block-content text-block-${fit}`}>
        {children}
      </Tag>
    </Tag>
  );
}
