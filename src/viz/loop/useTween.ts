/** Eases a few numbers from their last value to a new target with d3-timer, writing each frame through a callback. */
import { easeQuadInOut } from 'd3-ease';
import { interpolateNumberArray } from 'd3-interpolate';
import { timer } from 'd3-timer';
import { useLayoutEffect, useRef } from 'react';

/**
 * Each time `target` changes, calls `apply` once a frame with values eased from the last ones
 * applied to the target over `duration` ms — no React state per frame. With `animate` false (or
 * on the first render) `apply` gets the target at once.
 *
 * @example
 * useTween([width], 600, !reducedMotion, layout, ([w]) => path.current?.setAttribute('stroke-width', String(w)));
 */
export function useTween(
  target: readonly number[],
  duration: number,
  animate: boolean,
  /** When this changes (a new layout, say) the values jump: they mean something else now. */
  frame: unknown,
  apply: (values: readonly number[]) => void,
): void {
  const applied = useRef<readonly number[] | null>(null);
  const lastFrame = useRef<unknown>(frame);
  const latestApply = useRef(apply);
  useLayoutEffect(() => {
    latestApply.current = apply;
  });
  const key = target.join(' ');
  useLayoutEffect(() => {
    const to = key.split(' ').map(Number);
    const from = applied.current;
    const settle = () => {
      applied.current = to;
      latestApply.current(to);
    };
    const reframed = lastFrame.current !== frame;
    lastFrame.current = frame;
    if (!animate || reframed || duration <= 0 || from === null || from.length !== to.length) {
      settle();
      return undefined;
    }
    const between = interpolateNumberArray([...from], to);
    // Put back the start before the browser paints React's final values.
    latestApply.current(from);
    const clock = timer((elapsed) => {
      const t = Math.min(1, elapsed / duration);
      // Slow in, slow out: motion that starts and settles gently.
      const values = Array.from(between(easeQuadInOut(t)));
      applied.current = values;
      latestApply.current(values);
      if (t >= 1) clock.stop();
    });
    return () => clock.stop();
  }, [key, duration, animate, frame]);
}
