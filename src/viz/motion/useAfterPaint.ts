/**
 * Lets a change wait for the next painted frame. A turn of the dance first starts its motion (a
 * frame the browser can paint at once) and redraws everything else in a task after that frame, so
 * the compositor is already animating while the page does the bigger work: no frame is dropped
 * waiting for it.
 */
import { useLayoutEffect, useState } from 'react';
import { afterPaint } from './afterPaint';

/** Updates waiting for the next frame, applied together (one render for all of them). */
const waiting = new Set<() => void>();
let scheduled = false;

function flush(): void {
  scheduled = false;
  const updates = [...waiting];
  waiting.clear();
  for (const update of updates) update();
}

function afterNextPaint(update: () => void): () => void {
  waiting.add(update);
  if (!scheduled) {
    scheduled = true;
    afterPaint(flush);
  }
  return () => waiting.delete(update);
}

/**
 * `value`, or while `later` is on, the value as it was until the next frame was painted. Every
 * such hook on the page catches up in the same task, so the page renders once for all of them.
 *
 * @example
 * const drawn = useAfterPaint(reading, playing); // the loop redraws once the pulse has set off
 */
export function useAfterPaint<T>(value: T, later: boolean): T {
  const [shown, setShown] = useState(value);
  const waits = later && typeof requestAnimationFrame === 'function';
  // Not waiting: keep up at once, so that waiting later starts from the value on screen.
  if (!waits && !Object.is(shown, value)) setShown(() => value);
  useLayoutEffect(() => {
    if (!waits || Object.is(shown, value)) return undefined;
    return afterNextPaint(() => setShown(() => value));
  }, [waits, shown, value]);
  return waits ? shown : value;
}
