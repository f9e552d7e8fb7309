/** Glides an element from where it was to where it now rests, on the compositor (see compositor.ts). */
import { interpolateNumberArray } from 'd3-interpolate';
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { animateOnCompositor, progressOf, type Easing } from './compositor';

interface Glide {
  readonly from: readonly number[];
  readonly to: readonly number[];
  readonly animation: Animation | null;
  readonly duration: number;
  readonly easing: Easing;
}

export interface GlideOptions {
  readonly duration: number;
  readonly easing: Easing;
  /** False: jump (reduced motion, or nothing to see moving). */
  readonly animate: boolean;
  /** When this changes (a new layout, say) the values jump: they mean something else now. */
  readonly frame: unknown;
}

/**
 * Each time `values` change, animates the element's `transform` (and only that) from the values it
 * showed to the new ones, with `transformOf` turning values into a CSS transform in the element's
 * own units. React renders the resting state (the new values) as the element's attributes; the
 * animation only covers the way there, and a change mid-way starts from where the element was.
 *
 * @example
 * useGlide(figureRef, [x, y], ([x, y]) => `translate(${x}px, ${y}px)`, { duration: 600, easing: EASE_QUAD_IN_OUT, animate, frame: layout });
 */
export function useGlide(
  ref: RefObject<Element | null>,
  values: readonly number[],
  transformOf: (values: readonly number[]) => string,
  { duration, easing, animate, frame }: GlideOptions,
): void {
  const glide = useRef<Glide | null>(null);
  const lastFrame = useRef<unknown>(frame);
  const latestTransform = useRef(transformOf);
  useLayoutEffect(() => {
    latestTransform.current = transformOf;
  });
  const key = values.join(' ');
  useLayoutEffect(() => {
    const to = key.split(' ').map(Number);
    const before = glide.current;
    const reframed = lastFrame.current !== frame;
    lastFrame.current = frame;
    // Where the element is now: part-way along a glide that has not finished, or where it rests.
    const from =
      before === null || before.from.length !== to.length
        ? null
        : Array.from(
            interpolateNumberArray(
              [...before.from],
              [...before.to],
            )(before.easing.at(progressOf(before.animation, before.duration))),
          );
    before?.animation?.cancel();
    const element = ref.current;
    const still =
      element === null ||
      !animate ||
      reframed ||
      duration <= 0 ||
      from === null ||
      from.every((value, i) => value === to[i]);
    const animation = still
      ? null
      : animateOnCompositor(
          element,
          [
            { transform: latestTransform.current(from) },
            { transform: latestTransform.current(to) },
          ],
          { duration, easing: easing.css },
        );
    glide.current = { from: from ?? to, to, animation, duration, easing };
  }, [key, duration, easing, animate, frame, ref]);
  useLayoutEffect(() => () => glide.current?.animation?.cancel(), []);
}
