import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWhileVisible } from '../../src/panels/useWhileVisible';
import { SETTLE_MS } from '../../src/store/labAsync';

interface ProbeProps {
  readonly name: string;
  readonly value: string;
  readonly onScreen: boolean;
  readonly small: boolean;
}

/** Shows what useWhileVisible passes on. */
function Probe({ name, value, onScreen, small }: ProbeProps) {
  const shown = useWhileVisible(value, onScreen, small);
  return <p data-testid={name}>{shown}</p>;
}

function Probes({ value, onScreen, small }: Omit<ProbeProps, 'name'>) {
  return (
    <>
      <Probe name="a" value={value} onScreen={onScreen} small={small} />
      <Probe name="b" value={value} onScreen={onScreen} small={small} />
    </>
  );
}

const shown = (name: string) => screen.getByTestId(name).textContent;

describe('useWhileVisible(value, onScreen, small)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    // Drains the catch-up queue (module state) before the next test.
    act(() => vi.runAllTimers());
    vi.useRealTimers();
  });

  it('a small run on screen: the new value in the same render', () => {
    const { rerender } = render(<Probes value="run 1" onScreen small />);
    rerender(<Probes value="run 2" onScreen small />);
    expect([shown('a'), shown('b')]).toEqual(['run 2', 'run 2']);
  });

  it('a small run off screen: the old value until the settings rest for SETTLE_MS', () => {
    const { rerender } = render(<Probes value="run 1" onScreen={false} small />);
    rerender(<Probes value="run 2" onScreen={false} small />);
    act(() => vi.advanceTimersByTime(SETTLE_MS - 1));
    expect([shown('a'), shown('b')]).toEqual(['run 1', 'run 1']);
    act(() => vi.runAllTimers());
    expect([shown('a'), shown('b')]).toEqual(['run 2', 'run 2']);
  });

  it('a big run on screen: one plot per frame, the first at once, the next after a paint', () => {
    const { rerender } = render(<Probes value="run 1" onScreen small={false} />);
    act(() => rerender(<Probes value="run 2" onScreen small={false} />));
    // The first plot's turn came in the effects of the render that brought the run.
    expect([shown('a'), shown('b')]).toEqual(['run 2', 'run 1']);
    act(() => vi.advanceTimersByTime(20)); // a frame (jsdom: afterNextPaint's timers)
    expect([shown('a'), shown('b')]).toEqual(['run 2', 'run 2']);
  });

  it('a big run off screen: held, even once the settings rest, until scrolled to', () => {
    const { rerender } = render(<Probes value="run 1" onScreen={false} small={false} />);
    rerender(<Probes value="run 2" onScreen={false} small={false} />);
    act(() => vi.advanceTimersByTime(10 * SETTLE_MS));
    expect([shown('a'), shown('b')]).toEqual(['run 1', 'run 1']);
    act(() => rerender(<Probes value="run 2" onScreen small={false} />));
    act(() => vi.runAllTimers());
    expect([shown('a'), shown('b')]).toEqual(['run 2', 'run 2']);
  });
});
