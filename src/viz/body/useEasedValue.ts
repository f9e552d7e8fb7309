/**
 * Eases a number towards its newest value with d3-timer and hands each step to `apply`, which
 * writes it straight into the DOM through a ref: per-frame motion never goes through React state.
 */
import { easeCubicInOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';
import { timer } from 'd3-timer';
import { useLayoutEffect, useRef } from 'react';

interface EaseOptions {
  /** Jump straight to the value (the user asked for reduced motion). */
  readonly reducedMotion: boolean;
  readonly durationMs: number;
  /** Draws one value; called synchronously for the first value, so nothing paints unset. */
  readonly apply: (value: number) => void;
}

export function useEasedValue(target: number, { reducedMotion, durationMs, apply }: EaseOptions) {
  const shown = useRef<number | null>(null);
  const applyRef = useRef(apply);
  useLayoutEffect(() => {
    applyRef.current = apply;
  });

  useLayoutEffect(() => {
    const from = shown.current;
    const draw = (value: number) => {
      shown.current = value;
      applyRef.current(value);
    };
    if (from === null || reducedMotion || from === target || durationMs <= 0) {
      draw(target);
      return;
    }
    const between = interpolateNumber(from, target);
    const step = timer((elapsed) => {
      const t = Math.min(1, elapsed / durationMs);
      // Cubic in and out: calm at both ends of the needle's move.
      draw(between(easeCubicInOut(t)));
      if (t >= 1) step.stop();
    });
    // A newer value (or unmounting) stops this run where it is; the next one eases on from there.
    return () => step.stop();
  }, [target, reducedMotion, durationMs]);
}
