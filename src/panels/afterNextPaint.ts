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
