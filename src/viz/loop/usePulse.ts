/** Sends the pulse along the loop from one step to the next, on the compositor (no work per frame). */
import { interpolateNumber } from 'd3-interpolate';
import { useLayoutEffect, type RefObject } from 'react';
import { animateOnCompositor, EASE_QUAD_IN_OUT } from '../motion/compositor';
import type { PulseTravel } from './loopScene';
import { pointOnLoop, type LoopTrack } from './loopTrack';

/** Points on the way: enough that straight hops between them follow the loop's curve. */
const WAYPOINTS = 48;

/**
 * The pulse's keyframes from `from` to `to` along the track: eased (slow in, slow out) by where
 * the waypoints fall in time, shown all the way (the pulse rests hidden, danceLoop.css).
 *
 * @example
 * pulseKeyframes(track, 0, 120).length; // 49
 */
export function pulseKeyframes(track: LoopTrack, from: number, to: number): Keyframe[] {
  const along = interpolateNumber(from, to);
  return Array.from({ length: WAYPOINTS + 1 }, (_, i) => {
    const t = i / WAYPOINTS;
    const p = pointOnLoop(track, along(EASE_QUAD_IN_OUT.at(t)));
    return {
      offset: t,
      opacity: 1,
      transform: `translate(${p.x.toFixed(2)}px, ${p.y.toFixed(2)}px)`,
    };
  });
}

/**
 * Each time `travel` changes, moves the pulse from `from` to `to` over `duration` ms; it disappears
 * on arrival (the step's own highlight takes over). `null` leaves it hidden.
 */
export function usePulse(
  pulse: RefObject<SVGGElement | null>,
  track: LoopTrack,
  travel: PulseTravel | null,
  duration: number,
): void {
  const from = travel?.from;
  const to = travel?.to;
  useLayoutEffect(() => {
    const element = pulse.current;
    if (
      element === null ||
      from === undefined ||
      to === undefined ||
      from === to ||
      duration <= 0
    ) {
      return undefined;
    }
    const animation = animateOnCompositor(element, pulseKeyframes(track, from, to), { duration });
    return () => animation?.cancel();
  }, [pulse, track, from, to, duration]);
}
