/**
 * The over-time chart's scales. Time runs along the turn (the dance's own clock), but a
 * self-soothing break moves that clock on by 200 turns in one step; drawn to scale it would
 * squash the whole talk into a sliver beside a long flat line. So each break becomes a gap of
 * fixed width (a "broken axis"): the turns on either side keep their true numbers and spacing,
 * and the gap is labelled with the break's length instead.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { MAX_HEART_RATE, TURNS_PER_MINUTE, type Frame } from '../../core';
import { clamp } from '../clamp';

/** The research's score scale: SPAFF codes weighted −4…+4, summed per 6-second window. */
export const SCORE_DOMAIN: readonly [number, number] = [-24, 24];
export const SCORE_TICKS: readonly number[] = [-24, -12, 0, 12, 24];

/** A jump in the clock between two frames next to each other: a break. */
export interface ClockGap {
  /** Index of the last frame before the gap; frame `before + 1` is the first after it. */
  readonly before: number;
  readonly fromTurn: number;
  readonly toTurn: number;
  readonly minutes: number;
}

/** A run of frames whose turns follow on one after another. */
export interface TurnSegment {
  readonly first: number;
  readonly last: number;
  readonly fromTurn: number;
  readonly toTurn: number;
}

/**
 * Where the clock jumps by more than one turn between neighbouring frames.
 *
 * @example
 * findGaps(frames); // [{ before: 46, fromTurn: 46, toTurn: 246, minutes: 20 }]
 */
export function findGaps(frames: readonly Frame[]): ClockGap[] {
  const gaps: ClockGap[] = [];
  for (let i = 1; i < frames.length; i++) {
    const fromTurn = frames[i - 1]!.turn;
    const toTurn = frames[i]!.turn;
    if (toTurn - fromTurn > 1) {
      gaps.push({
        before: i - 1,
        fromTurn,
        toTurn,
        minutes: (toTurn - fromTurn) / TURNS_PER_MINUTE,
      });
    }
  }
  return gaps;
}

/** The frames split at every gap. */
export function turnSegments(frames: readonly Frame[], gaps: readonly ClockGap[]): TurnSegment[] {
  if (frames.length === 0) return [];
  const cuts = [-1, ...gaps.map((gap) => gap.before), frames.length - 1];
  return cuts.slice(1).map((last, k) => {
    const first = cuts[k]! + 1;
    return { first, last, fromTurn: frames[first]!.turn, toTurn: frames[last]!.turn };
  });
}

/**
 * A turn → x scale over `[left, right]` with each gap drawn `gapWidth` wide: d3's polylinear
 * scale, one linear piece per segment and one per gap.
 *
 * @example
 * const x = turnScale(segments, 0, 300, 40); // turns 0…46 and 246…300 share 260 px
 */
export function turnScale(
  segments: readonly TurnSegment[],
  left: number,
  right: number,
  gapWidth: number,
): ScaleLinear<number, number> {
  if (segments.length === 0) return scaleLinear().domain([0, 1]).range([left, right]);
  const gaps = segments.length - 1;
  const turns = segments.reduce((sum, s) => sum + (s.toTurn - s.fromTurn), 0);
  const room = Math.max(0, right - left - gaps * gapWidth);
  if (turns === 0) {
    // A single moment: put it at the start, as the first frame of a talk about to unfold.
    const first = segments[0]!.fromTurn;
    return scaleLinear()
      .domain([first, first + 1])
      .range([left, right]);
  }
  const perTurn = room / turns;
  const domain: number[] = [];
  const range: number[] = [];
  let x = left;
  for (const segment of segments) {
    domain.push(segment.fromTurn, segment.toTurn);
    range.push(x, x + (segment.toTurn - segment.fromTurn) * perTurn);
    x = range[range.length - 1]! + gapWidth;
  }
  return scaleLinear().domain(domain).range(range);
}

/**
 * Turn ticks for the x axis: round numbers within each segment, the first turn after each gap
 * (so the jump in the clock shows), none crowding another or `avoid` (e.g. the current turn).
 */
export function turnTicks(
  x: ScaleLinear<number, number>,
  segments: readonly TurnSegment[],
  options: { readonly spacing: number; readonly avoid: readonly number[] },
): number[] {
  const chosen: number[] = [];
  const taken = [...options.avoid];
  const free = (px: number) => taken.every((other) => Math.abs(other - px) >= options.spacing);
  segments.forEach((segment, k) => {
    const width = x(segment.toTurn) - x(segment.fromTurn);
    const count = Math.max(2, Math.floor(width / (options.spacing * 1.6)));
    const candidates = [
      ...(k > 0 || segment.fromTurn === 0 ? [segment.fromTurn] : []),
      ...scaleLinear()
        .domain([segment.fromTurn, segment.toTurn])
        .ticks(count)
        .filter(
          (turn) => Number.isInteger(turn) && turn >= segment.fromTurn && turn <= segment.toTurn,
        ),
    ];
    for (const turn of candidates) {
      const px = x(turn);
      if (chosen.includes(turn) || !free(px)) continue;
      chosen.push(turn);
      taken.push(px);
    }
  });
  return chosen.sort((a, b) => a - b);
}

export function scoreScale(bottom: number, top: number): ScaleLinear<number, number> {
  return scaleLinear().domain(SCORE_DOMAIN).range([bottom, top]).clamp(true);
}

/**
 * Heart-rate domain: from a little under the lower resting rate to at least 140 bpm, reaching up
 * to the highest rate in the frames (never past the model's ceiling), in steps of 20.
 *
 * @example
 * heartDomain(frames, [74, 68]); // [50, 140]
 */
export function heartDomain(
  frames: readonly Frame[],
  restingRates: readonly number[],
): [number, number] {
  const highest = Math.max(0, ...frames.flatMap((f) => f.partners.map((p) => p.heartRate)));
  const lowest = Math.min(
    ...restingRates,
    ...frames.flatMap((f) => f.partners.map((p) => p.heartRate)),
  );
  const bottom = Math.min(50, Math.floor((lowest - 10) / 10) * 10);
  const top = clamp(Math.ceil((highest + 5) / 20) * 20, 140, MAX_HEART_RATE);
  return [bottom, top];
}

export function heartScale(
  domain: readonly [number, number],
  bottom: number,
  top: number,
): ScaleLinear<number, number> {
  return scaleLinear().domain(domain).range([bottom, top]).clamp(true);
}

/** Heart-rate ticks every 20 bpm inside the domain. */
export function heartTicks([low, high]: readonly [number, number]): number[] {
  const ticks: number[] = [];
  for (let bpm = Math.ceil(low / 20) * 20; bpm <= high; bpm += 20) ticks.push(bpm);
  return ticks;
}

/** A signed number the way the chart prints it: a true minus sign, a plus for warm scores. */
export function signed(value: number): string {
  const rounded = Math.round(value);
  if (rounded === 0) return '0';
  return rounded < 0 ? `−${-rounded}` : `+${rounded}`;
}
