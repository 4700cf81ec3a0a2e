/**
 * Work that waits for a burst of changes to rest (a slider dragged): each piece runs once `ms`
 * have passed since the last change anyone reported. One timer serves every piece and the
 * whole burst: a change only notes the time, where clearing and setting a timer per change
 * (several per input event of a drag) cost the page a fraction of a millisecond each time. The
 * timer, when it fires early, waits on for the time left.
 */
export interface RestTimer {
  /** Runs `f` once the changes rest, instead of what `key` waited for before. */
  after(key: unknown, f: () => void): void;
  /** Forgets what `key` waits for. */
  cancel(key: unknown): void;
  /** Forgets everything and stops the timer. */
  dispose(): void;
}

export function createRestTimer(ms: number): RestTimer {
  const waiting = new Map<unknown, () => void>();
  let lastChange = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const check = () => {
    const left = lastChange + ms - Date.now();
    if (left > 0 && waiting.size > 0) {
      timer = setTimeout(check, left);
      return;
    }
    timer = null;
    const due = [...waiting.values()];
    waiting.clear();
    for (const f of due) f();
  };

  return {
    after(key, f) {
      lastChange = Date.now();
      waiting.set(key, f);
      timer ??= setTimeout(check, ms);
    },
    cancel(key) {
      waiting.delete(key);
    },
    dispose() {
      waiting.clear();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
