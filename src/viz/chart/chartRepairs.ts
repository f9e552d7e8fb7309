/** The repairs tried during the dance, in a lane above the score panel: rows enough to keep their words apart. */
import type { ScaleLinear } from 'd3-scale';
import type { Frame } from '../../core';
import type { RepairMark } from '../../studio';
import { round2 } from '../round2';
import { gapOfBreak } from './chartGaps';
import type { ClockGap } from './chartScales';
import { labelWidth } from './chartText';

/** A repair tried during the dance, as the studio's `repairMarks` reads it; a break's mark sits in the gap its break made. */
export type { RepairMark };
export type RepairOutcome = RepairMark['outcome'];

/** Text, not colour alone, tells the outcomes apart. */
export const REPAIR_SYMBOL: Readonly<Record<RepairOutcome, string>> = {
  landed: '✓',
  failed: '✗',
  break: '☾',
  ignored: '–',
};

export interface RepairBox {
  readonly key: string;
  /** The mark's position on the turn axis. */
  readonly x: number;
  /** Where its words start (or end, with `anchor: 'end'`). */
  readonly textX: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  readonly text: string;
  readonly outcome: RepairOutcome;
  readonly by: 0 | 1;
}

/** A repair given its row in the lane, before the lane has its place on the page. */
export interface LaneRepair {
  readonly repair: RepairMark;
  /** Its place in the list of repairs, to keep keys unique. */
  readonly k: number;
  readonly at: number;
  readonly text: string;
  readonly anchor: 'start' | 'end';
  readonly textX: number;
  readonly row: number;
}

export const LANE_ROW = 18;
const MAX_LANE_ROWS = 3;

export interface RepairLaneInput {
  readonly repairs: readonly RepairMark[];
  readonly frames: readonly Frame[];
  readonly gaps: readonly ClockGap[];
  readonly x: ScaleLinear<number, number>;
  readonly names: readonly [string, string];
  readonly width: number;
  /** Repairs after the last frame shown are not drawn yet. */
  readonly shownTo: number;
}

/** Each repair shown so far with its row, left to right, and how many rows the lane needs. */
export function repairLane(input: RepairLaneInput): {
  readonly repairs: readonly LaneRepair[];
  readonly rows: number;
} {
  const { frames, gaps, x, names, width, shownTo } = input;
  const visible = input.repairs.filter(
    (r) => r.index >= 0 && r.index < frames.length && r.index <= shownTo,
  );
  const rowEnds: number[] = [];
  const repairs = visible
    .map((repair, k) => {
      const gap = repair.outcome === 'break' ? gapOfBreak(gaps, repair.index) : undefined;
      const at =
        gap === undefined ? x(frames[repair.index]!.turn) : (x(gap.fromTurn) + x(gap.toTurn)) / 2;
      return { repair, k, at };
    })
    .sort((a, b) => a.at - b.at)
    .map(({ repair, k, at }): LaneRepair => {
      // Who tried it, in words: both partners often share a repair ("Soft reach").
      const text = `${REPAIR_SYMBOL[repair.outcome]} ${names[repair.by]}: ${repair.label}`;
      const textWidth = labelWidth(text);
      // Text starts just left of its mark, or ends just right of it near the right edge; a
      // label too long for either way starts at the left edge.
      const fitsStart = at - 5 + textWidth <= width - 2;
      const fitsEnd = at + 5 - textWidth >= 0;
      const anchor: 'start' | 'end' = fitsStart || !fitsEnd ? 'start' : 'end';
      const textX = anchor === 'end' ? at + 5 : fitsStart ? Math.max(0, at - 5) : 0;
      const from = anchor === 'start' ? textX : textX - textWidth;
      const to = from + textWidth;
      let row = rowEnds.findIndex((end) => from >= end + 10);
      if (row === -1 && rowEnds.length < MAX_LANE_ROWS) row = rowEnds.length;
      if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
      rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, to);
      return { repair, k, at, text, anchor, textX, row };
    });
  return { repairs, rows: rowEnds.length };
}

/** The lane's repairs placed on the page, its first row's top at `laneTop`. */
export function repairBoxes(lane: readonly LaneRepair[], laneTop: number): RepairBox[] {
  return lane.map(({ repair, k, at, text, anchor, textX, row }) => ({
    key: `${repair.index}-${k}`,
    x: round2(at),
    textX: round2(textX),
    y: laneTop + row * LANE_ROW + 12,
    anchor,
    text,
    outcome: repair.outcome,
    by: repair.by,
  }));
}
