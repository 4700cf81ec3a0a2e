import { useLayoutEffect, useRef, type ReactNode } from 'react';

interface TextBlockProps {
  readonly children: ReactNode;
  /** 'height': a block as wide as its container (default); 'both': as wide as its text. */
  readonly fit?: 'height' | 'both';
  /** A div (flow content inside), or a span (in a phrasing context: a label, an output). */
  readonly as?: 'div' | 'span';
}

/**
 * Text that changes on every input of a drag (a chart's readout and sentences, a slider's
 * value, σ_max), laid out on its own. Chromium lays out every ancestor of changed text again,
 * up to the page's root; a box with size and layout containment at a fixed size stops that
 * climb. Its size is its content's, measured: a ResizeObserver on the content sets it again (a
 * line more, a wider number, a narrower window) before the frame is painted.
 */
export function TextBlock({ children, fit = 'height', as: Tag = 'div' }: TextBlockProps) {
  const outer = useRef<HTMLElement>(null);
  const inner = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!box || !content || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const size = entry.borderBoxSize?.[0];
      const rect = size ? null : content.getBoundingClientRect();
      box.style.height = `${size?.blockSize ?? rect?.height}px`;
      if (fit === 'both') box.style.width = `${size?.inlineSize ?? rect?.width}px`;
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
