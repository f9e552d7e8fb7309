/** The chart's axes: ticks on both panels and the turn axis, the axis's title, and the current turn's marker. */
import type { ScaleLinear } from 'd3-scale';
import { round2 } from '../round2';
import type { GapBox } from './chartGaps';
import { heartTicks, SCORE_TICKS, signed, turnTicks, type TurnSegment } from './chartScales';
import { labelWidth, pillTextWidth } from './chartText';

export interface Tick {
  readonly value: number;
  readonly at: number;
  readonly label: string;
}

/** The current turn: a rule across both panels and a label on a pill below the axis. */
export interface CurrentTurn {
  readonly x: number;
  readonly turn: number;
  readonly label: string;
  /** Estimated width of `label`, for the pill round it. */
  readonly labelWidth: number;
}

export function scoreTicksOf(yScore: ScaleLinear<number, number>): Tick[] {
  return SCORE_TICKS.map((value) => ({ value, at: round2(yScore(value)), label: signed(value) }));
}

export function heartTicksOf(
  domain: readonly [number, number],
  yHeart: ScaleLinear<number, number>,
): Tick[] {
  return heartTicks(domain).map((value) => ({
    value,
    at: round2(yHeart(value)),
    label: String(value),
  }));
}

/** Turn ticks spaced for the width, none crowding the current turn's label. */
export function turnAxisTicks(
  x: ScaleLinear<number, number>,
  segments: readonly TurnSegment[],
  compact: boolean,
  current: CurrentTurn | null,
): Tick[] {
  return turnTicks(x, segments, {
    spacing: compact ? 36 : 50,
    avoid: current === null ? [] : [current.x],
  }).map((turn) => ({ value: turn, at: round2(x(turn)), label: String(turn) }));
}

export function currentTurn(x: number, turn: number): CurrentTurn {
  const label = `turn ${turn}`;
  return { x: round2(x), turn, label, labelWidth: pillTextWidth(label) };
}

/**
 * The turn axis's title, or null when a gap's label drawn beside it would overlap it (the figure
 * caption says it too).
 */
export function axisTitle(
  compact: boolean,
  left: number,
  gaps: readonly GapBox[],
  showFuture: boolean,
): string | null {
  const title = compact ? 'turns of 6 s' : 'turns of 6 seconds';
  const titleEnd = left + labelWidth(title);
  const clear = gaps
    .filter((gap) => !gap.future || showFuture)
    .every((gap) => (gap.x0 + gap.x1) / 2 - labelWidth(gap.label) / 2 > titleEnd + 8);
  return clear ? title : null;
}
