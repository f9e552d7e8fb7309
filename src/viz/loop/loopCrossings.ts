/**
 * Where the loop crosses from one partner to the other: a note above the top apex and below the
 * bottom one, and each partner's name heading their side, level with the top note.
 */
import type { PartnerIndex } from '../../core';
import { charBudget, shorten, textWidth } from '../textMeasure';
import type { LoopMetrics } from './loopMetrics';

export interface CrossingLayout {
  /** Whose move sets off whose trigger. */
  readonly from: PartnerIndex;
  readonly to: PartnerIndex;
  readonly at: number;
  readonly x: number;
  readonly y: number;
  /** Direction of travel at the crossing: −1 leftwards (top), +1 rightwards (bottom). */
  readonly direction: -1 | 1;
  readonly lines: readonly string[];
  readonly lineYs: readonly number[];
}

export interface ColumnHeader {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
}

/** Each crossing's note is two short lines: "Theo's move" / "sets off Priya's trigger". */
export const CROSSING_LINES = 2;

/** The crossings' positions: on the loop, and where each note's text begins. */
export interface CrossingFrame {
  readonly width: number;
  readonly cx: number;
  readonly labelWidth: number;
  /** Baseline under which the top note ends. */
  readonly topApex: number;
  readonly yTop: number;
  readonly bottomApex: number;
  /** Top of the bottom note. */
  readonly bottomTextTop: number;
  /** Distance along the track of the bottom crossing. */
  readonly half: number;
}

/**
 * [top: partner 1 → partner 0, bottom: partner 0 → partner 1].
 *
 * @example
 * crossingsLayout(['Theo', 'Priya'], frame, m)[1].lines; // ['Theo’s move', 'sets off Priya’s trigger']
 */
export function crossingsLayout(
  names: readonly [string, string],
  frame: CrossingFrame,
  m: LoopMetrics,
): [CrossingLayout, CrossingLayout] {
  const { width, cx, labelWidth, topApex, yTop, bottomApex, bottomTextTop, half } = frame;
  const budget = charBudget(Math.min(width - 2 * m.pad, 2 * (labelWidth + 40)), m.smallFont);
  const linesOf = (from: PartnerIndex, to: PartnerIndex) => [
    shorten(`${names[from]}’s move`, budget),
    shorten(`sets off ${names[to]}’s trigger`, budget),
  ];
  const top: CrossingLayout = {
    from: 1,
    to: 0,
    at: 0,
    x: cx,
    y: yTop - m.capHeight,
    direction: -1,
    lines: linesOf(1, 0),
    lineYs: [0, 1].map((i) => topApex - 14 - (CROSSING_LINES - 1 - i) * m.smallLine),
  };
  const bottom: CrossingLayout = {
    from: 0,
    to: 1,
    at: half,
    x: cx,
    y: bottomApex,
    direction: 1,
    lines: linesOf(0, 1),
    lineYs: [0, 1].map((i) => bottomTextTop + m.smallFont + i * m.smallLine),
  };
  return [top, bottom];
}

/** Each partner's name at the outer edge, level with the top crossing's note and clear of it. */
export function headersLayout(
  names: readonly [string, string],
  top: CrossingLayout,
  width: number,
  m: LoopMetrics,
): [ColumnHeader, ColumnHeader] {
  const cx = width / 2;
  const crossingHalf = Math.max(...top.lines.map((l) => textWidth(l, m.smallFont)), 0) / 2 + m.pad;
  const budget = charBudget(cx - crossingHalf - m.pad, m.nameFont);
  const y = top.lineYs[0]!;
  return [
    { text: shorten(names[0], budget), x: m.pad, y, anchor: 'start' },
    { text: shorten(names[1], budget), x: width - m.pad, y, anchor: 'end' },
  ];
}
