/**
 * Motion the browser's compositor runs: Web Animations of `transform` and `opacity` only, so a
 * moving part costs the page's main thread nothing from one frame to the next (no JavaScript per
 * frame, no repaint). Where `Element.animate` is missing (jsdom), nothing animates and the element
 * simply shows its resting state.
 */
import { easeCubicInOut, easeQuadInOut } from 'd3-ease';

/** A CSS easing and the same curve as a function, to tell where an interrupted motion had got to. */
export interface Easing {
  readonly css: string;
  readonly at: (t: number) => number;
}

/** Slow in, slow out (d3's quad in-out as a cubic Bézier). */
export const EASE_QUAD_IN_OUT: Easing = {
  css: 'cubic-bezier(0.455, 0.03, 0.515, 0.955)',
  at: easeQuadInOut,
};

/** Calmer at both ends (d3's cubic in-out as a cubic Bézier). */
export const EASE_CUBIC_IN_OUT: Easing = {
  css: 'cubic-bezier(0.645, 0.045, 0.355, 1)',
  at: easeCubicInOut,
};

/**
 * Starts a compositor animation of `element`, or returns null where the browser has none. The
 * element's own attributes stay its resting state: once the animation ends it shows them again.
 */
export function animateOnCompositor(
  element: Element,
  keyframes: Keyframe[],
  options: { duration: number; easing?: string },
): Animation | null {
  if (typeof element.animate !== 'function') return null;
  return element.animate(keyframes, {
    duration: options.duration,
    easing: options.easing ?? 'linear',
  });
}

/** How far through its run an animation is, 0…1 (1 once finished or when there is none). */
export function progressOf(animation: Animation | null, duration: number): number {
  if (animation === null || duration <= 0 || animation.playState === 'finished') return 1;
  const time = animation.currentTime;
  const ms = typeof time === 'number' ? time : 0;
  return Math.max(0, Math.min(1, ms / duration));
}
