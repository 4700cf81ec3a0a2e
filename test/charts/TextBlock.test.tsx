import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextBlock } from '../../src/charts/TextBlock';

type Report = (entries: { borderBoxSize: { blockSize: number; inlineSize: number }[] }[]) => void;

/** A ResizeObserver whose reports the test sends. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  constructor(readonly report: Report) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.observed = [];
  }
}

describe('TextBlock', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows its text; at its content’s measured height (grown, not shrunk, at one width) it is size- and layout-contained', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const { unmount } = render(
      <TextBlock>
        <p>the gradient has vanished</p>
      </TextBlock>,
    );
    const box = screen.getByText('the gradient has vanished').closest('.text-block') as HTMLElement;
    const observer = FakeObserver.last as FakeObserver;
    // It watches its content, not itself (its own size is the one it sets).
    expect(observer.observed).toEqual([box.firstElementChild]);
    expect(box.style.contain).toBe('');
    observer.report([{ borderBoxSize: [{ blockSize: 42.5, inlineSize: 300 }] }]);
    expect([box.style.height, box.style.width, box.style.contain]).toEqual([
      '42.5px',
      '',
      'size layout',
    ]);
    // A line more: the height follows. A line less at the same width: the line stays (the page
    // below does not jump under a drag). A new width: the content's height again.
    observer.report([{ borderBoxSize: [{ blockSize: 63.75, inlineSize: 300 }] }]);
    expect(box.style.height).toBe('63.75px');
    observer.report([{ borderBoxSize: [{ blockSize: 42.5, inlineSize: 300 }] }]);
    expect(box.style.height).toBe('63.75px');
    observer.report([{ borderBoxSize: [{ blockSize: 21.25, inlineSize: 500 }] }]);
    expect(box.style.height).toBe('21.25px');
    unmount();
    expect(observer.observed).toEqual([]);
  });

  it('fit="both" takes the width of the widest text it has held too, as a span where only phrasing may go', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    render(
      <output>
        <TextBlock as="span" fit="both">
          × 1.40
        </TextBlock>
      </output>,
    );
    const box = screen.getByText('× 1.40').closest('.text-block') as HTMLElement;
    expect(box.tagName).toBe('SPAN');
    (FakeObserver.last as FakeObserver).report([
      { borderBoxSize: [{ blockSize: 18, inlineSize: 37.25 }] },
    ]);
    expect([box.style.height, box.style.width]).toEqual(['18px', '37.25px']);
    // Narrower text keeps the width (no layout of the ancestors); wider text widens it.
    (FakeObserver.last as FakeObserver).report([
      { borderBoxSize: [{ blockSize: 18, inlineSize: 30 }] },
    ]);
    expect(box.style.width).toBe('37.25px');
    (FakeObserver.last as FakeObserver).report([
      { borderBoxSize: [{ blockSize: 18, inlineSize: 44 }] },
    ]);
    expect(box.style.width).toBe('44px');
  });

  it('without ResizeObserver it is a plain block', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    render(<TextBlock>plain</TextBlock>);
    const box = screen.getByText('plain').closest('.text-block') as HTMLElement;
    expect(box.getAttribute('style')).toBeNull();
  });
});
