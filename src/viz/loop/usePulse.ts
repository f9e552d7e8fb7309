/** Sends the pulse along the loop from one step to the next with d3-timer, moving it through a ref. */
import { easeQuadInOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';
import { timer } from 'd3-timer';
import { useLayoutEffect, type RefObject } from 'react';
import type { PulseTravel } from './loopScene';
import { pointOnLoop, type LoopTrack } from './loopTrack';

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
      place(along(easeQuadInOut(t)));
      if (t >= 1) {
        clock.stop();
        element.setAttribute('visibility', 'hidden');
      }
    });
    return () => clock.stop();
  }, [pulse, track, from, to, duration]);
}
