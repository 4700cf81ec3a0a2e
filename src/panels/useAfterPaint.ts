import { startTransition, useEffect, useState } from 'react';

/** Runs `f` once the next frame has been painted (a task queued from requestAnimationFrame). */
export function afterNextPaint(f: () => void): () => void {
  if (typeof requestAnimationFrame === 'undefined') {
    const id = setTimeout(f, 0);
    return () => clearTimeout(id);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(f, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `value`, but a new one only after the frame that shows the main plots has been painted, and
 * then as an interruptible transition: while a slider drags, the gradient plot is redrawn first
 * and the secondary plots in the time left before the next input.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => startTransition(() => setShown(value)));
  }, [value, shown]);
  return shown;
}
