/** Fades one drawing in over another on the compositor: a change that costs one repaint, not one a frame. */
import { useLayoutEffect, type RefObject } from 'react';
import { animateOnCompositor, EASE_QUAD_IN_OUT } from './compositor';

/**
 * Each time `key` changes (with `animate` on), fades `now` in from transparent and `before` out
 * to transparent over `duration` ms. Both rest as their stylesheet says (`before` hidden): only the
 * way between is animated, so a jump (reduced motion, say) simply shows `now`.
 */
export function useCrossfade(
  now: RefObject<Element | null>,
  before: RefObject<Element | null>,
  key: string,
  duration: number,
  animate: boolean,
): void {
  useLayoutEffect(() => {
    const shown = now.current;
    const hidden = before.current;
    if (!animate || duration <= 0 || shown === null || hidden === null) return undefined;
    const options = { duration, easing: EASE_QUAD_IN_OUT.css };
    const fadeIn = animateOnCompositor(shown, [{ opacity: 0 }, { opacity: 1 }], options);
    const fadeOut = animateOnCompositor(hidden, [{ opacity: 1 }, { opacity: 0 }], options);
    return () => {
      fadeIn?.cancel();
      fadeOut?.cancel();
    };
  }, [now, before, key, duration, animate]);
}
