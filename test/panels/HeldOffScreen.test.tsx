import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeldOffScreen } from '../../src/panels/HeldOffScreen';
import { SETTLE_MS } from '../../src/store/labAsync';

/** An IntersectionObserver that reports a box on screen unless its text says "below". */
class FakeObserver {
  constructor(private readonly report: (entries: { isIntersecting: boolean }[]) => void) {}
  observe(el: Element) {
    this.report([{ isIntersecting: !el.textContent?.includes('below') }]);
  }
  disconnect() {}
}

const rendered = vi.fn<(name: string) => void>();
const renders = (name: string) => rendered.mock.calls.filter(([n]) => n === name).length;

/** A chart that reports its renders. */
function Chart({ name, run }: { readonly name: string; readonly run: number }) {
  rendered(name);
  return <p data-testid={name}>{`${name} run ${run}`}</p>;
}

function Panel({ run }: { readonly run: number }) {
  return (
    <>
      <HeldOffScreen runId={run} small>
        <Chart name="heatmap" run={run} />
      </HeldOffScreen>
      <HeldOffScreen runId={run} small>
        <Chart name="below" run={run} />
      </HeldOffScreen>
    </>
  );
}

describe('HeldOffScreen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    act(() => vi.runAllTimers());
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('a chart of a panel partly on screen: drawn at once on screen, held below the fold until the settings rest', () => {
    const { rerender } = render(<Panel run={1} />);
    const before = renders('below');
    rerender(<Panel run={2} />);
    rerender(<Panel run={3} />);
    expect(screen.getByTestId('heatmap').textContent).toBe('heatmap run 3');
    expect(screen.getByTestId('below').textContent).toBe('below run 1');
    // Held: the chart below the fold was not even rendered, and its box says which run it shows.
    expect(renders('below')).toBe(before);
    const box = (name: string) => screen.getByTestId(name).parentElement as HTMLElement;
    expect([box('heatmap').dataset.run, box('below').dataset.run]).toEqual(['3', '1']);
    act(() => vi.advanceTimersByTime(SETTLE_MS - 1));
    expect(screen.getByTestId('below').textContent).toBe('below run 1');
    act(() => vi.runAllTimers());
    expect(screen.getByTestId('below').textContent).toBe('below run 3');
    expect(box('below').dataset.run).toBe('3');
  });
});
