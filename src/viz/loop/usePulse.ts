/** Sends the pulse along the loop from one step to the next with d3-timer, moving it through a ref. */
import { interpolateNumber } from 'd3-interpolate';
import { timer } from 'd3-timer';
import { useLayoutEffect, type RefObject } from 'react';
import { pointOnLoop, type LoopTrack } from './loopLayout';
import { easeInOut } from './useTween';

export interface PulseTravel {
  /** Distance along the track where the pulse starts and where it stops (may be less: backwards). */
  readonly from: number;
  readonly to: number;
}

/**
 * Each time `travel` changes, shows the pulse at `from`, moves it to `to` over `duration` ms and
 * hides it on arrival (the step's own highlight takes over). `null` hides it.
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
    if (element === null) return undefined;
    const place = (at: number) => {
      const p = pointOnLoop(track, at);
      element.setAttribute('transform', `translate(${p.x.toFixed(2)},${p.y.toFixed(2)})`);
    };
    if (from === undefined || to === undefined || from === to || duration <= 0) {
      element.setAttribute('visibility', 'hidden');
      return undefined;
    }
    const along = interpolateNumber(from, to);
    place(from);
    element.setAttribute('visibility', 'visible');
    const clock = timer((elapsed) => {
      const t = Math.min(1, elapsed / duration);
      place(along(easeInOut(t)));
      if (t >= 1) {
        clock.stop();
        element.setAttribute('visibility', 'hidden');
      }
    });
    return () => clock.stop();
  }, [pulse, track, from, to, duration]);
}

/**
 * The way from the step the loop was on to the one it is on now: forwards round the loop, or
 * backwards when playback stepped back in time.
 */
export function pulseTravel(
  length: number,
  from: number | null,
  to: number,
  backwards: boolean,
): PulseTravel | null {
  if (from === null) return null;
  const forward = (((to - from) % length) + length) % length;
  if (forward === 0) return null;
  return { from, to: backwards ? from - (length - forward) : from + forward };
}
