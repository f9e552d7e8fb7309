/**
 * Runs `run` once the next frame has been painted: requestAnimationFrame runs just before the frame
 * is drawn, and a task posted from it runs once that frame has gone to the screen. Returns what
 * cancels it. Where there is no requestAnimationFrame (Node), `run` waits for a task instead.
 *
 * @example
 * const cancel = afterPaint(() => heading.focus()); // focus without laying the page out first
 */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
