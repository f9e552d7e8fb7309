/**
 * Draws a newly placed trajectory turn by turn with d3-timer, through refs (React keeps the whole
 * path as its `d`; each frame writes a shorter one, and the last frame puts the whole one back).
 * With reduced motion nothing moves: the whole path is there at once.
 */
import { timer } from 'd3-timer';
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Trajectory } from '../../core';
import { trajectoryPath } from '../../viz/dynamics/planePaths';
import type { PlaneScales } from '../../viz/dynamics/planeScales';

/** The last turn that moves a score by more than this many points is the last one animated. */
const VISIBLE_MOVE = 0.02;

function visibleTurns(points: readonly (readonly [number, number])[]): number {
  for (let turn = points.length - 1; turn > 0; turn--) {
    const [x, y] = points[turn]!;
    const [x0, y0] = points[turn - 1]!;
    if (Math.abs(x - x0) > VISIBLE_MOVE || Math.abs(y - y0) > VISIBLE_MOVE) return turn;
  }
  return 0;
}

/** The whole path takes at most this long, and a turn at most `TURN_MS`. */
const TOTAL_MS = 3000;
const TURN_MS = 60;

export function useDrawnTrajectory(
  line: RefObject<SVGPathElement | null>,
  head: RefObject<SVGCircleElement | null>,
  scales: PlaneScales,
  path: Trajectory | null,
  /** Changes each time a start is placed (or the update order changes): what starts the drawing. */
  placement: number,
  reducedMotion: boolean,
): void {
  // The newest path, read each frame: a slider moved while drawing redraws from the new figures.
  const latest = useRef({ scales, path });
  useLayoutEffect(() => {
    latest.current = { scales, path };
  }, [scales, path]);
  useLayoutEffect(() => {
    const element = line.current;
    const dot = head.current;
    if (element === null || latest.current.path === null || reducedMotion) return undefined;
    const show = (k: number | null) => {
      const { scales: s, path: p } = latest.current;
      if (p === null) return;
      const last = p.points.length - 1;
      const upTo = k === null ? last : Math.min(last, k);
      element.setAttribute('d', trajectoryPath(s, p.points.slice(0, upTo + 1), p.update));
      element.setAttribute('data-drawn', upTo === last ? 'whole' : 'partly');
      const at = p.points[upTo];
      if (dot !== null && at !== undefined) {
        dot.setAttribute('cx', String(s.x(at[0])));
        dot.setAttribute('cy', String(s.y(at[1])));
      }
    };
    show(0);
    const clock = timer((elapsed) => {
      const turns = visibleTurns(latest.current.path?.points ?? []);
      const turnMs = Math.min(TURN_MS, TOTAL_MS / Math.max(1, turns));
      const k = Math.floor(elapsed / turnMs);
      // The creep towards rest after the last visible move is drawn at once.
      show(k >= turns ? null : k);
      if (k >= turns) clock.stop();
    });
    // Stopped early (a new start, reduced motion switched on, the view closed): the whole path.
    return () => {
      clock.stop();
      show(null);
    };
  }, [line, head, placement, reducedMotion]);
}
