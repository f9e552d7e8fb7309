/**
 * Each partner's score and heart-rate lines as SVG path data: full strength up to the current
 * frame, faded after it, dotted across breaks, with their name at the end; and, faint under them,
 * the same dance without repair.
 */
import type { ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Frame } from '../../core';
import { clamp } from '../clamp';
import { round2 } from '../round2';
import type { ClockGap } from './chartScales';

interface Point {
  readonly x: number;
  readonly y: number;
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

/** The frames and scales the lines are drawn from. */
export interface LinesInput {
  readonly frames: readonly Frame[];
  readonly gaps: readonly ClockGap[];
  /** Index of the current frame, −1 when there are none. */
  readonly current: number;
  readonly shownTo: number;
  readonly showFuture: boolean;
  readonly x: ScaleLinear<number, number>;
  readonly yScore: ScaleLinear<number, number>;
  readonly yHeart: ScaleLinear<number, number>;
}

/** The panels the names are kept inside. */
export interface PanelBounds {
  readonly scoreTop: number;
  readonly scoreBottom: number;
  readonly heartTop: number;
  readonly heartBottom: number;
}

const path = line<Point | null>()
  .digits(2)
  .defined((p) => p !== null)
  .x((p) => p!.x)
  .y((p) => p!.y);

const toPath = (points: readonly (Point | null)[]): string => path([...points]) ?? '';

const NO_LINES: PartnerLines = {
  score: '',
  heart: '',
  scoreFuture: null,
  heartFuture: null,
  bridges: [],
  scoreLabel: null,
  heartLabel: null,
};

/** Both partners' lines, their names kept apart where the lines end close together. */
export function partnersLines(
  input: LinesInput,
  panels: PanelBounds,
): [PartnerLines, PartnerLines] {
  const lines = [linesOf(input, 0), linesOf(input, 1)] as const;
  const [scoreA, scoreB] = separate(
    lines[0].scoreLabel,
    lines[1].scoreLabel,
    panels.scoreTop,
    panels.scoreBottom,
  );
  const [heartA, heartB] = separate(
    lines[0].heartLabel,
    lines[1].heartLabel,
    panels.heartTop,
    panels.heartBottom,
  );
  return [
    { ...lines[0], scoreLabel: scoreA, heartLabel: heartA },
    { ...lines[1], scoreLabel: scoreB, heartLabel: heartB },
  ];
}

/** The dance without repair along the whole axis, whatever turn is playing: a reference, like the flooding line. */
export function baselineLines(
  shown: readonly (Frame | null)[],
  { x, yScore, yHeart }: Pick<LinesInput, 'x' | 'yScore' | 'yHeart'>,
): [BaselineLines, BaselineLines] {
  const of = (partner: 0 | 1): BaselineLines => {
    const points = (y: (frame: Frame) => number) =>
      toPath(shown.map((frame) => (frame === null ? null : { x: x(frame.turn), y: y(frame) })));
    return {
      score: points((frame) => yScore(frame.partners[partner].score)),
      heart: points((frame) => yHeart(frame.partners[partner].heartRate)),
    };
  };
  return [of(0), of(1)];
}

function linesOf(input: LinesInput, partner: 0 | 1): PartnerLines {
  const { frames, gaps, current, shownTo, showFuture, x, yScore, yHeart } = input;
  if (current < 0) return NO_LINES;
  const xOf = (index: number) => x(frames[index]!.turn);

  // One point per frame, broken at each gap.
  const pointsOf = (from: number, to: number) => {
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

  const past = pointsOf(0, current);
  const future =
    showFuture && current < frames.length - 1 ? pointsOf(current, frames.length - 1) : null;
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
    scoreLabel: { x: round2(xOf(shownTo) + 6), y: yScore(end.score) },
    heartLabel: { x: round2(xOf(shownTo) + 6), y: yHeart(end.heartRate) },
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
  const ya = clamp(a.y, low, high);
  const yb = clamp(b.y, low, high);
  if (Math.abs(ya - yb) >= minGap)
    return [
      { ...a, y: round2(ya) },
      { ...b, y: round2(yb) },
    ];
  const mid = clamp((ya + yb) / 2, low + minGap / 2, high - minGap / 2);
  // On a tie, partner 0's name goes above.
  const [ay, by] =
    ya <= yb ? [mid - minGap / 2, mid + minGap / 2] : [mid + minGap / 2, mid - minGap / 2];
  return [
    { ...a, y: round2(ay) },
    { ...b, y: round2(by) },
  ];
}
