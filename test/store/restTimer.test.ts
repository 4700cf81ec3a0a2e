import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRestTimer } from '../../src/store/restTimer';

describe('createRestTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the waiting work once the changes have rested for ms, with one timer per burst', () => {
    const rest = createRestTimer(100);
    const ran: string[] = [];
    const set = vi.spyOn(globalThis, 'setTimeout');
    // A drag: a change every 30 ms for 300 ms.
    for (let t = 0; t < 300; t += 30) {
      rest.after('a', () => ran.push(`a@${Date.now()}`));
      vi.advanceTimersByTime(30);
    }
    rest.after('b', () => ran.push(`b@${Date.now()}`));
    const start = Date.now();
    vi.advanceTimersByTime(99);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual([`a@${start + 100}`, `b@${start + 100}`]);
    // Eleven changes armed the timer at most once per 100 ms, not once per change.
    expect(set.mock.calls.length).toBeLessThanOrEqual(5);
    set.mockRestore();
  });

  it('keeps the last work per key, forgets a cancelled key, and stops on dispose', () => {
    const rest = createRestTimer(50);
    const ran: string[] = [];
    rest.after('k', () => ran.push('first'));
    rest.after('k', () => ran.push('second'));
    rest.after('gone', () => ran.push('gone'));
    rest.cancel('gone');
    vi.advanceTimersByTime(50);
    expect(ran).toEqual(['second']);
    // A new burst after the last one fired waits again.
    rest.after('k', () => ran.push('third'));
    vi.advanceTimersByTime(49);
    expect(ran).toEqual(['second']);
    rest.dispose();
    vi.advanceTimersByTime(100);
    expect(ran).toEqual(['second']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
