/** Which frames the over-time chart draws: up to the current one, and the dance without repair beside it. */
import type { Frame } from '../../core';
import { clamp } from '../clamp';
import type { TurnSegment } from './chartScales';
import type { RepairMark } from './chartRepairs';

export function clampIndex(frames: readonly Frame[], index: number): number {
  return clamp(Math.round(index), 0, frames.length - 1);
}

/** The frame shown last: the current one, or the final one when the future is shown too. */
export function lastShown(frames: readonly Frame[], currentIndex: number, showFuture: boolean) {
  if (frames.length === 0) return -1;
  return showFuture ? frames.length - 1 : clampIndex(frames, currentIndex);
}

/**
 * Whether the chart compares the dance with the same seed's dance without repair: only when it
 * has repairs, since without them the two dances are the same line.
 */
export function showsBaseline(
  baseline: readonly Frame[] | undefined,
  repairs: readonly RepairMark[],
): baseline is readonly Frame[] {
  return baseline !== undefined && baseline.length > 0 && repairs.length > 0;
}

/**
 * When the dance without repair goes on after this one has ended (a repair that lands early), the
 * axis runs on to its end, so a therapist sees the loop this couple broke run on to where it led.
 */
export function reachingBaselineEnd(
  segments: readonly TurnSegment[],
  baseline: readonly Frame[] | undefined,
): readonly TurnSegment[] {
  const last = segments.at(-1);
  const end = baseline?.at(-1)?.turn;
  if (last === undefined || end === undefined || end <= last.toTurn) return segments;
  return [...segments.slice(0, -1), { ...last, toTurn: end }];
}

/**
 * The dance without repair, aligned by turn on this dance's broken axis. It takes no breaks, so
 * its turns that fall inside a break's gap (or past either end of the axis) have no place there:
 * they become null and its line stops at the gap, rather than squeezing 200 turns of one dance
 * into the gap of the other.
 */
export function baselineOnAxis(
  baseline: readonly Frame[],
  segments: readonly TurnSegment[],
): (Frame | null)[] {
  const onAxis = (turn: number) => segments.some((s) => turn >= s.fromTurn && turn <= s.toTurn);
  return baseline.map((frame) => (onAxis(frame.turn) ? frame : null));
}
