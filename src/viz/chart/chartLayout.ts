/**
 * Everything the over-time chart draws, computed from the frames as plain data: positions, ticks
 * and SVG path strings from d3-scale and d3-shape. The component only renders what this returns,
 * so the layout can be tested (and snapshotted) without a browser.
 */
import { line } from 'd3-shape';
import type { Frame } from '../../core';
import {
  findGaps,
  heartDomain,
  heartScale,
  heartTicks,
  SCORE_TICKS,
  scoreScale,
  signed,
  turnScale,
  turnSegments,
  turnTicks,
  type ClockGap,
  type TurnSegment,
} from './chartScales';

export type RepairOutcome = 'landed' | 'failed' | 'break' | 'ignored';

/**
 * A repair tried during the dance. `index` is the frame that shows its result (the snapshot
 * whose `context.lastRepair` is this repair, as `repairMarks` builds them); a break's mark sits
 * in the gap its break made.
 */
export interface RepairMark {
  readonly index: number;
  readonly by: 0 | 1;
  readonly label: string;
  readonly outcome: RepairOutcome;
}

/** Text, not colour alone, tells the outcomes apart. */
export const REPAIR_SYMBOL: Readonly<Record<RepairOutcome, string>> = {
  landed: '✓',
  failed: '✗',
  break: '☾',
  ignored: '–',
};

export interface ChartPartner {
  readonly name: string;
  readonly restingHeartRate: number;
  /** `floodLine(partner.dynamics)`: above it this partner is flooded. */
  readonly floodLine: number;
}

export interface ChartInput {
  readonly frames: readonly Frame[];
  readonly partners: readonly [ChartPartner, ChartPartner];
  readonly currentIndex: number;
  readonly showFuture: boolean;
  readonly width: number;
  readonly repairs: readonly RepairMark[];
  /** The same seed's dance with no repairs; drawn only beside a dance that has some (`showsBaseline`). */
  readonly baseline?: readonly Frame[];
}

export interface Tick {
  readonly value: number;
  readonly at: number;
  readonly label: string;
}

export interface PartnerLines {
  /** Up to the current frame, full strength. */
  readonly score: string;
  readonly heart: string;
  /** After the current frame (only with `showFuture`), drawn faded. */
  readonly scoreFuture: string | null;
  readonly heartFuture: string | null;
  /** Dotted links across break gaps: the change happened, unobserved, during the break. */
  readonly bridges: readonly {
    readonly score: string;
    readonly heart: string;
    readonly future: boolean;
  }[];
  /** Where the name goes, at the end of the drawn line; null before anything is drawn. */
  readonly scoreLabel: { readonly x: number; readonly y: number } | null;
  readonly heartLabel: { readonly x: number; readonly y: number } | null;
}

/** The dance without repair, for one partner: faint lines under the real ones. */
export interface BaselineLines {
  readonly score: string;
  readonly heart: string;
}

export interface GapBox {
  readonly x0: number;
  readonly x1: number;
  readonly label: string;
  readonly future: boolean;
}

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

export interface FloodBand {
  readonly y: number;
  readonly bpm: number;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly compact: boolean;
  readonly plot: { readonly left: number; readonly right: number };
  readonly score: {
    readonly top: number;
    readonly bottom: number;
    readonly zero: number;
    readonly ticks: readonly Tick[];
    readonly titleY: number;
  };
  readonly heart: {
    readonly top: number;
    readonly bottom: number;
    readonly ticks: readonly Tick[];
    readonly titleY: number;
    /** One per distinct flooding line, lowest line first; the band runs up from the lowest. */
    readonly floodLines: readonly FloodBand[];
    readonly floodLabel: string;
  };
  readonly axis: {
    readonly y: number;
    readonly ticks: readonly Tick[];
    readonly titleY: number;
    /** Null when a gap's label would overlap it (the figure caption says it too). */
    readonly title: string | null;
  };
  readonly gaps: readonly GapBox[];
  readonly current: { readonly x: number; readonly turn: number; readonly label: string } | null;
  readonly partners: readonly [PartnerLines, PartnerLines];
  readonly repairs: readonly RepairBox[];
  /** Null unless `showsBaseline`. */
  readonly baseline: readonly [BaselineLines, BaselineLines] | null;
}

const LANE_ROW = 18;
const MAX_LANE_ROWS = 3;
/** Rough advance of one character of the chart's 12–13 px text, for laying out labels. */
const CHAR_WIDTH = 7;
const NAME_GAP = 14;
/** Flooding lines closer than this (in bpm) are drawn as one. */
const MIN_FLOOD_LINE_GAP = 5;

interface Point {
  readonly x: number;
  readonly y: number;
}

const path = line<Point | null>()
  .digits(2)
  .defined((p) => p !== null)
  .x((p) => p!.x)
  .y((p) => p!.y);

/** Two decimals are plenty on screen and keep the SVG (and its snapshots) readable. */
const round = (value: number) => Math.round(value * 100) / 100;

const toPath = (points: readonly (Point | null)[]): string => path([...points]) ?? '';

/** The frame shown last: the current one, or the final one when the future is shown too. */
export function lastShown(frames: readonly Frame[], currentIndex: number, showFuture: boolean) {
  if (frames.length === 0) return -1;
  return showFuture ? frames.length - 1 : clampIndex(frames, currentIndex);
}

export function clampIndex(frames: readonly Frame[], index: number): number {
  return Math.max(0, Math.min(frames.length - 1, Math.round(index)));
}

/**
 * The gap a break's mark belongs in: the one just before its result frame, or (if the mark names
 * the frame the break was taken at) the one just after.
 */
export function gapOfBreak(gaps: readonly ClockGap[], index: number): ClockGap | undefined {
  return gaps.find((gap) => gap.before === index - 1) ?? gaps.find((gap) => gap.before === index);
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

export function gapLabel(gap: ClockGap): string {
  const minutes = Math.round(gap.minutes);
  return minutes < 1 ? 'break' : `${minutes}-minute break`;
}

/**
 * When the dance without repair goes on after this one has ended (a repair that lands early), the
 * axis runs on to its end, so a therapist sees the loop this couple broke run on to where it led.
 */
function reachingBaselineEnd(
  segments: readonly TurnSegment[],
  baseline: readonly Frame[] | undefined,
): readonly TurnSegment[] {
  const last = segments.at(-1);
  const end = baseline?.at(-1)?.turn;
  if (last === undefined || end === undefined || end <= last.toTurn) return segments;
  return [...segments.slice(0, -1), { ...last, toTurn: end }];
}

export function chartLayout(input: ChartInput): ChartLayout {
  const { frames, partners, showFuture, repairs } = input;
  const width = Math.max(240, Math.round(input.width));
  const compact = width < 560;
  const current = frames.length === 0 ? -1 : clampIndex(frames, input.currentIndex);
  const shownTo = lastShown(frames, input.currentIndex, showFuture);

  // Horizontal: room on the right for the partners' names at the ends of their lines.
  const longestName = Math.max(...partners.map((p) => p.name.length));
  const left = compact ? 40 : 48;
  const right = width - Math.min(120, Math.max(44, longestName * CHAR_WIDTH + NAME_GAP + 6));
  const gapWidth = compact ? 36 : 52;
  const gaps = findGaps(frames);
  const segments = reachingBaselineEnd(
    turnSegments(frames, gaps),
    showsBaseline(input.baseline, repairs) ? input.baseline : undefined,
  );
  const x = turnScale(segments, left, right, gapWidth);
  const xOf = (index: number) => x(frames[index]!.turn);

  // Repairs in a lane above the score panel, in as many rows as they need to stay apart.
  const visibleRepairs = repairs.filter(
    (r) => r.index >= 0 && r.index < frames.length && r.index <= shownTo,
  );
  const rowEnds: number[] = [];
  const placed = visibleRepairs
    .map((repair, k) => {
      const gap = repair.outcome === 'break' ? gapOfBreak(gaps, repair.index) : undefined;
      const at = gap === undefined ? xOf(repair.index) : (x(gap.fromTurn) + x(gap.toTurn)) / 2;
      return { repair, k, at };
    })
    .sort((a, b) => a.at - b.at)
    .map(({ repair, k, at }) => {
      // Who tried it, in words: both partners often share a repair ("Soft reach").
      const text = `${REPAIR_SYMBOL[repair.outcome]} ${partners[repair.by].name}: ${repair.label}`;
      const textWidth = text.length * CHAR_WIDTH;
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
  const laneRows = rowEnds.length;

  // Vertical: score panel title, repair lane, score panel, heart panel, axis.
  const scoreTitleY = 15;
  const laneTop = 24;
  const scoreTop = laneTop + laneRows * LANE_ROW + 10;
  const scoreBottom = scoreTop + (compact ? 150 : 190);
  const heartTitleY = scoreBottom + 38;
  const heartTop = scoreBottom + 50;
  const heartBottom = heartTop + (compact ? 120 : 150);
  const axisY = heartBottom;
  const axisTitleY = heartBottom + 40;
  const height = heartBottom + 50;

  // The dance without repair is aligned by turn on this dance's broken axis. It takes no
  // breaks, so its turns that fall inside a break's gap (or past either end of the axis) have
  // no place there: they are left out and its line stops at the gap, rather than squeezing
  // 200 turns of one dance into the gap of the other. It is drawn along the whole axis, whatever
  // turn is playing: a reference, like the flooding line.
  const onAxis = (turn: number) => segments.some((s) => turn >= s.fromTurn && turn <= s.toTurn);
  const baseline = showsBaseline(input.baseline, repairs)
    ? input.baseline.map((frame) => (onAxis(frame.turn) ? frame : null))
    : null;

  const yScore = scoreScale(scoreBottom, scoreTop);
  const domain = heartDomain(
    baseline === null ? frames : [...frames, ...baseline.filter((f) => f !== null)],
    partners.map((p) => p.restingHeartRate),
  );
  const yHeart = heartScale(domain, heartBottom, heartTop);

  // Lines: one point per frame, broken at each gap.
  const pointsOf = (partner: 0 | 1, from: number, to: number) => {
    const score: (Point | null)[] = [];
    const heart: (Point | null)[] = [];
    for (let i = from; i <= to; i++) {
      const frame = frames[i]!;
      const px = xOf(i);
      score.push({ x: px, y: yScore(frame.partners[partner].score) });
      heart.push({ x: px, y: yHeart(frame.partners[partner].heartRate) });
      if (i < to && gaps.some((gap) => gap.before === i)) {
        score.push(null);
        heart.push(null);
      }
    }
    return { score, heart };
  };

  const linesOf = (partner: 0 | 1): PartnerLines => {
    if (current < 0) {
      return {
        score: '',
        heart: '',
        scoreFuture: null,
        heartFuture: null,
        bridges: [],
        scoreLabel: null,
        heartLabel: null,
      };
    }
    const past = pointsOf(partner, 0, current);
    const future =
      showFuture && current < frames.length - 1
        ? pointsOf(partner, current, frames.length - 1)
        : null;
    const bridges = gaps
      .filter((gap) => gap.before + 1 <= shownTo)
      .map((gap) => {
        const a = frames[gap.before]!.partners[partner];
        const b = frames[gap.before + 1]!.partners[partner];
        const x0 = xOf(gap.before);
        const x1 = xOf(gap.before + 1);
        return {
          score: toPath([
            { x: x0, y: yScore(a.score) },
            { x: x1, y: yScore(b.score) },
          ]),
          heart: toPath([
            { x: x0, y: yHeart(a.heartRate) },
            { x: x1, y: yHeart(b.heartRate) },
          ]),
          future: gap.before + 1 > current,
        };
      });
    const end = frames[shownTo]!.partners[partner];
    return {
      score: toPath(past.score),
      heart: toPath(past.heart),
      scoreFuture: future === null ? null : toPath(future.score),
      heartFuture: future === null ? null : toPath(future.heart),
      bridges,
      scoreLabel: { x: round(xOf(shownTo) + 6), y: yScore(end.score) },
      heartLabel: { x: round(xOf(shownTo) + 6), y: yHeart(end.heartRate) },
    };
  };
  const lines = [linesOf(0), linesOf(1)] as const;
  const [scoreA, scoreB] = separate(
    lines[0].scoreLabel,
    lines[1].scoreLabel,
    scoreTop,
    scoreBottom,
  );
  const [heartA, heartB] = separate(
    lines[0].heartLabel,
    lines[1].heartLabel,
    heartTop,
    heartBottom,
  );
  const partnerLines: [PartnerLines, PartnerLines] = [
    { ...lines[0], scoreLabel: scoreA, heartLabel: heartA },
    { ...lines[1], scoreLabel: scoreB, heartLabel: heartB },
  ];

  const baselineOf = (shown: readonly (Frame | null)[], partner: 0 | 1): BaselineLines => {
    const points = (y: (frame: Frame) => number) =>
      toPath(shown.map((frame) => (frame === null ? null : { x: x(frame.turn), y: y(frame) })));
    return {
      score: points((frame) => yScore(frame.partners[partner].score)),
      heart: points((frame) => yHeart(frame.partners[partner].heartRate)),
    };
  };

  const currentX = current < 0 ? null : round(xOf(current));
  const currentLabel = current < 0 ? '' : `turn ${frames[current]!.turn}`;
  const spacing = compact ? 36 : 50;
  const xTicks = turnTicks(x, segments, {
    spacing,
    avoid: currentX === null ? [] : [currentX],
  }).map((turn) => ({ value: turn, at: round(x(turn)), label: String(turn) }));

  const gapBoxes = gaps.map((gap): GapBox => ({
    x0: round(xOf(gap.before)),
    x1: round(xOf(gap.before + 1)),
    label: gapLabel(gap),
    future: gap.before + 1 > current,
  }));
  const axisTitle = compact ? 'turns of 6 s' : 'turns of 6 seconds';
  const titleEnd = left + axisTitle.length * CHAR_WIDTH;
  const titleClear = gapBoxes
    .filter((gap) => !gap.future || showFuture)
    .every((gap) => (gap.x0 + gap.x1) / 2 - (gap.label.length * CHAR_WIDTH) / 2 > titleEnd + 8);

  // Flooding lines a few bpm apart would draw as one thick line: keep the lower one only.
  const floodLines = [...partners.map((p) => p.floodLine)]
    .sort((a, b) => a - b)
    .filter((bpm, k, all) => k === 0 || bpm - all[k - 1]! >= MIN_FLOOD_LINE_GAP)
    .map((bpm) => ({ bpm, y: round(yHeart(bpm)) }));
  const [p0, p1] = partners;
  const sameLine = Math.round(p0.floodLine) === Math.round(p1.floodLine);
  const floodLabel = compact
    ? 'Flooding'
    : sameLine
      ? `Flooding: above ${Math.round(p0.floodLine)} bpm`
      : `Flooding: ${p0.name} above ${Math.round(p0.floodLine)} bpm, ${p1.name} above ${Math.round(p1.floodLine)}`;

  return {
    width,
    height,
    compact,
    plot: { left, right },
    score: {
      top: scoreTop,
      bottom: scoreBottom,
      zero: round(yScore(0)),
      ticks: SCORE_TICKS.map((value) => ({
        value,
        at: round(yScore(value)),
        label: signed(value),
      })),
      titleY: scoreTitleY,
    },
    heart: {
      top: heartTop,
      bottom: heartBottom,
      ticks: heartTicks(domain).map((value) => ({
        value,
        at: round(yHeart(value)),
        label: String(value),
      })),
      titleY: heartTitleY,
      floodLines,
      floodLabel,
    },
    axis: { y: axisY, ticks: xTicks, titleY: axisTitleY, title: titleClear ? axisTitle : null },
    gaps: gapBoxes.filter((gap) => showFuture || !gap.future),
    current:
      currentX === null ? null : { x: currentX, turn: frames[current]!.turn, label: currentLabel },
    partners: partnerLines,
    repairs: placed.map(({ repair, k, at, text, anchor, textX, row }) => ({
      key: `${repair.index}-${k}`,
      x: round(at),
      textX: round(textX),
      y: laneTop + row * LANE_ROW + 12,
      anchor,
      text,
      outcome: repair.outcome,
      by: repair.by,
    })),
    baseline: baseline === null ? null : [baselineOf(baseline, 0), baselineOf(baseline, 1)],
  };
}

/** Keeps two end-of-line names at least a line apart, and inside their panel. */
function separate(
  a: Point | null,
  b: Point | null,
  top: number,
  bottom: number,
): [Point | null, Point | null] {
  if (a === null || b === null) return [a, b];
  const minGap = 15;
  const low = top + minGap / 2;
  const high = bottom - minGap / 2;
  const clamp = (y: number, from = low, to = high) => Math.max(from, Math.min(to, y));
  const ya = clamp(a.y);
  const yb = clamp(b.y);
  if (Math.abs(ya - yb) >= minGap)
    return [
      { ...a, y: round(ya) },
      { ...b, y: round(yb) },
    ];
  const mid = clamp((ya + yb) / 2, low + minGap / 2, high - minGap / 2);
  // On a tie, partner 0's name goes above.
  const [ay, by] =
    ya <= yb ? [mid - minGap / 2, mid + minGap / 2] : [mid + minGap / 2, mid - minGap / 2];
  return [
    { ...a, y: round(ay) },
    { ...b, y: round(by) },
  ];
}
