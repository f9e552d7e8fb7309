/** The breaks on the chart's turn axis: a labelled gap for each, instead of a long flat line. */
import type { ScaleLinear } from 'd3-scale';
import type { Frame } from '../../core';
import { round2 } from '../round2';
import type { ClockGap } from './chartScales';

export interface GapBox {
  readonly x0: number;
  readonly x1: number;
  readonly label: string;
  readonly future: boolean;
}

/**
 * @example
 * gapLabel({ before: 46, fromTurn: 46, toTurn: 246, minutes: 20 }); // '20-minute break'
 */
export function gapLabel(gap: ClockGap): string {
  const minutes = Math.round(gap.minutes);
  return minutes < 1 ? 'break' : `${minutes}-minute break`;
}

/**
 * The gap a break's mark belongs in: the one just before its result frame, or (if the mark names
 * the frame the break was taken at) the one just after.
 */
export function gapOfBreak(gaps: readonly ClockGap[], index: number): ClockGap | undefined {
  return gaps.find((gap) => gap.before === index - 1) ?? gaps.find((gap) => gap.before === index);
}

/** Every gap's box on the axis; those after the current frame are marked `future`. */
export function gapBoxes(
  gaps: readonly ClockGap[],
  frames: readonly Frame[],
  x: ScaleLinear<number, number>,
  current: number,
): GapBox[] {
  const xOf = (index: number) => x(frames[index]!.turn);
  return gaps.map((gap): GapBox => ({
    x0: round2(xOf(gap.before)),
    x1: round2(xOf(gap.before + 1)),
    label: gapLabel(gap),
    future: gap.before + 1 > current,
  }));
}
