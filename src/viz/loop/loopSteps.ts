/**
 * The steps down each side of the loop: each partner's words wrapped to their column, spaced so
 * both sides span the same height, and placed on the track with their label and focus boxes.
 */
import { stepsOf } from '../../core';
import type { CycleMap, PartnerIndex } from '../../core';
import { round2 } from '../round2';
import { CHAR_EM_WIDEST, textWidth } from '../textMeasure';
import { UNEXPLORED_TEXT, isUnexplored } from '../unexplored';
import type { LoopMetrics } from './loopMetrics';
import { wrapText } from './wrapText';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface StepLayout {
  /** `${partner}:${id}`, unique in the loop. */
  readonly key: string;
  readonly partner: PartnerIndex;
  readonly index: number;
  readonly count: number;
  readonly id: string;
  /** The layer's label ("Perception") or "Extra step". */
  readonly caption: string;
  /** The partner's words (or "not explored yet"). */
  readonly text: string;
  readonly unexplored: boolean;
  readonly lines: readonly string[];
  readonly truncated: boolean;
  /** Distance along the track from the top crossing. */
  readonly at: number;
  /** The node on the loop. */
  readonly x: number;
  readonly y: number;
  readonly labelX: number;
  /** Room for the label between the node and the edge of the drawing. */
  readonly labelWidth: number;
  readonly anchor: 'start' | 'end';
  readonly captionY: number;
  /** Baseline of each line of `lines`. */
  readonly lineYs: readonly number[];
  /** Top of the repair-window badge, when the overlay has room reserved. */
  readonly badgeY: number;
  /** Bounds of the node and its label, for the focus ring. */
  readonly box: Box;
  /** Bounds of the label alone, for the highlight of the step the dance is on. */
  readonly labelBox: Box;
}

/** Where the loop's sides and the labels beside them go across the drawing. */
export interface LoopColumns {
  readonly cx: number;
  /** Half the loop's width: its sides stand this far either side of the centre. */
  readonly rx: number;
  /** From the centre to where a label starts (or ends, on the left). */
  readonly labelOffset: number;
  readonly labelWidth: number;
}

/** A step wrapped to its column, with the height its words take and the slot it needs. */
export interface WrappedStep extends Pick<
  StepLayout,
  'partner' | 'index' | 'count' | 'id' | 'caption' | 'text' | 'unexplored' | 'lines' | 'truncated'
> {
  readonly content: number;
  readonly slot: number;
}

export type LoopSides = readonly [readonly WrappedStep[], readonly WrappedStep[]];

/** How the steps spread along the straight sides, relative to the first centre. */
export interface StepSpacing {
  /** The longer side's span; the shorter spreads out over it. */
  readonly span: number;
  /** Each side's centres, in its own order (partner 1's run bottom to top). */
  readonly offsets: readonly [readonly number[], readonly number[]];
  /** Room above the first step and below the last, so no label pokes past a crossing's apex. */
  readonly topMargin: number;
  readonly bottomMargin: number;
}

/** The loop's straight sides, from top to bottom, and distances along the track where they start. */
export interface SidesFrame {
  readonly width: number;
  readonly yTop: number;
  readonly yBottom: number;
  /** Length of a quarter cap: where the left side starts. */
  readonly quarter: number;
  /** Half the track: where the bottom crossing is. */
  readonly half: number;
}

export function loopColumns(width: number, m: LoopMetrics): LoopColumns {
  const cx = width / 2;
  const rx = m.loopHalfWidth;
  const labelOffset = rx + m.nodeRadius + m.labelPad;
  return { cx, rx, labelOffset, labelWidth: cx - labelOffset - m.pad };
}

/** Each side's steps, wrapped to `budget` characters a line, with the height of their slot. */
export function wrapSides(
  map: CycleMap,
  m: LoopMetrics,
  budget: number,
  badges: boolean,
): LoopSides {
  const sideOf = (partner: PartnerIndex) =>
    stepsOf(map.partners[partner]).map((step, index, all): WrappedStep => {
      const unexplored = isUnexplored(step.text);
      const text = unexplored ? UNEXPLORED_TEXT : step.text.trim();
      const wrapped = wrapText(text, budget, m.maxLines);
      const content =
        m.captionLine + wrapped.lines.length * m.lineHeight + (badges ? m.badgeHeight + 6 : 0);
      return {
        partner,
        index,
        count: all.length,
        id: step.id,
        caption: step.label,
        text,
        unexplored,
        ...wrapped,
        content,
        slot: Math.max(content, 2 * m.nodeRadius + 4),
      };
    });
  return [sideOf(0), sideOf(1)];
}

export function spaceSteps(sides: LoopSides, m: LoopMetrics): StepSpacing {
  const spanOf = (side: readonly WrappedStep[]) =>
    side.reduce(
      (sum, step, i) => (i === 0 ? 0 : sum + (side[i - 1]!.slot + step.slot) / 2 + m.stepGap),
      0,
    );
  const spans = sides.map(spanOf);
  const span = Math.max(...spans, m.compact ? 100 : 140);
  const offsetsOf = (side: readonly WrappedStep[], own: number) => {
    const extra = side.length > 1 ? (span - own) / (side.length - 1) : 0;
    const offsets: number[] = [];
    side.forEach((step, i) => {
      offsets.push(
        i === 0
          ? side.length === 1
            ? span / 2
            : 0
          : offsets[i - 1]! + (side[i - 1]!.slot + step.slot) / 2 + m.stepGap + extra,
      );
    });
    return offsets;
  };
  // The steps next to each apex: partner 0's first and partner 1's last at the top.
  const firstSlots = [sides[0][0]!.slot, sides[1].at(-1)!.slot];
  const lastSlots = [sides[0].at(-1)!.slot, sides[1][0]!.slot];
  return {
    span,
    offsets: [offsetsOf(sides[0], spans[0]!), offsetsOf(sides[1], spans[1]!)],
    topMargin: Math.max(10, Math.max(...firstSlots) / 2 - m.capHeight + 10),
    bottomMargin: Math.max(10, Math.max(...lastSlots) / 2 - m.capHeight + 10),
  };
}

/** Every step on the track with its label beside it: partner 0 down the left, partner 1 up the right. */
export function placeSteps(
  sides: LoopSides,
  spacing: StepSpacing,
  columns: LoopColumns,
  frame: SidesFrame,
  m: LoopMetrics,
): StepLayout[] {
  const { span, offsets, topMargin } = spacing;
  const { cx, rx, labelOffset, labelWidth } = columns;
  const { width, yTop, yBottom, quarter, half } = frame;
  return sides.flatMap((side) =>
    side.map((step): StepLayout => {
      // Partner 1's offsets run bottom to top, so they are mirrored.
      const offset = step.partner === 0 ? offsets[0][step.index]! : span - offsets[1][step.index]!;
      const y = round2(yTop + topMargin + offset);
      const left = step.partner === 0;
      const x = left ? cx - rx : cx + rx;
      const at = left ? quarter + (y - yTop) : half + quarter + (yBottom - y);
      const labelX = left ? cx - labelOffset : cx + labelOffset;
      const top = y - step.content / 2;
      const lineYs = step.lines.map((_, i) => top + m.captionLine + i * m.lineHeight + m.font);
      const textExtent = Math.max(
        textWidth(step.caption, m.captionFont, CHAR_EM_WIDEST) + 44,
        ...step.lines.map((l) => textWidth(l, m.font, CHAR_EM_WIDEST)),
      );
      const boxLeft = left ? labelX - textExtent - 6 : x - m.nodeRadius - 6;
      const boxRight = left ? x + m.nodeRadius + 6 : labelX + textExtent + 6;
      const labelLeft = left ? labelX - textExtent - 6 : labelX - 6;
      const labelRight = left ? labelX + 6 : labelX + textExtent + 6;
      const boxTop = Math.min(top, y - m.nodeRadius) - 5;
      const boxBottom = Math.max(top + step.content, y + m.nodeRadius) + 5;
      return {
        key: `${step.partner}:${step.id}`,
        partner: step.partner,
        index: step.index,
        count: step.count,
        id: step.id,
        caption: step.caption,
        text: step.text,
        unexplored: step.unexplored,
        lines: step.lines,
        truncated: step.truncated,
        at,
        x,
        y,
        labelX,
        labelWidth,
        anchor: left ? 'end' : 'start',
        captionY: top + m.captionFont,
        lineYs,
        badgeY: top + m.captionLine + step.lines.length * m.lineHeight + 4,
        box: {
          x: round2(Math.max(1, boxLeft)),
          y: boxTop,
          width: round2(Math.min(width - 1, boxRight) - Math.max(1, boxLeft)),
          height: boxBottom - boxTop,
        },
        labelBox: {
          x: round2(Math.max(1, labelLeft)),
          y: top - 4,
          width: round2(Math.min(width - 1, labelRight) - Math.max(1, labelLeft)),
          height: step.content + 8,
        },
      };
    }),
  );
}
