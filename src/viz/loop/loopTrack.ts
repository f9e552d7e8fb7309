/**
 * The loop's track, a tall racetrack, as a dense polyline: where a distance along it lies, and the
 * path data drawn along it (each partner's half, the arrowheads, the dashes).
 */
import { line } from 'd3-shape';
import { round2 } from '../round2';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LoopTrack {
  /** A closed polyline from the top crossing, down the left side, up the right; last = first. */
  readonly points: readonly Point[];
  /** Distance along the track at each point. */
  readonly lengths: readonly number[];
  readonly length: number;
}

/** Samples per quarter of a cap: enough that the polyline reads as a smooth curve. */
export const QUARTER_SAMPLES = 24;

/**
 * The racetrack as a dense closed polyline: the top apex, the top-left quarter cap, the left side
 * down, the bottom-left quarter, the bottom apex, and back up the right. The straight sides are
 * exact segments, so a step placed on them lies exactly on the track.
 */
export function buildTrack(
  cx: number,
  rx: number,
  yTop: number,
  yBottom: number,
  capHeight: number,
): LoopTrack {
  const points: Point[] = [];
  const quarterOf = (ySide: number, vertical: -1 | 1, horizontal: -1 | 1, outward: boolean) => {
    for (let i = 0; i <= QUARTER_SAMPLES; i++) {
      const t = ((outward ? i : QUARTER_SAMPLES - i) / QUARTER_SAMPLES) * (Math.PI / 2);
      points.push({
        x: cx + horizontal * rx * Math.sin(t),
        y: ySide + vertical * capHeight * Math.cos(t),
      });
    }
  };
  quarterOf(yTop, -1, -1, true); // top apex → top of the left side
  quarterOf(yBottom, 1, -1, false); // bottom of the left side → bottom apex
  quarterOf(yBottom, 1, 1, true); // bottom apex → bottom of the right side
  quarterOf(yTop, -1, 1, false); // top of the right side → top apex
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    lengths.push(lengths[i - 1]! + Math.hypot(b.x - a.x, b.y - a.y));
  }
  return { points, lengths, length: lengths[lengths.length - 1]! };
}

/**
 * The point at distance `at` along the track (any number: it wraps round), and the direction of
 * travel there in degrees — the pure equivalent of SVG's `getPointAtLength`.
 */
export function pointOnLoop(track: LoopTrack, at: number): Point & { readonly angle: number } {
  const { points, lengths, length } = track;
  const s = ((at % length) + length) % length;
  let lo = 0;
  let hi = lengths.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (lengths[mid]! <= s) lo = mid;
    else hi = mid;
  }
  const a = points[lo]!;
  const b = points[hi]!;
  const segment = lengths[hi]! - lengths[lo]!;
  const t = segment === 0 ? 0 : (s - lengths[lo]!) / segment;
  return {
    x: a.x + (b.x - a.x) * t,
    y: a.y + (b.y - a.y) * t,
    angle: (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI,
  };
}

/** Path data for the stretch of track from `from` to `to` (to > from; may run past the start). */
export function trackPath(track: LoopTrack, from: number, to: number): string {
  if (to <= from) return '';
  const { lengths, length } = track;
  const pts: [number, number][] = [];
  const push = (p: Point) => pts.push([round2(p.x), round2(p.y)]);
  push(pointOnLoop(track, from));
  for (let lap = Math.floor(from / length); lap * length < to; lap++) {
    for (let i = 1; i < lengths.length - 1; i++) {
      const s = lap * length + lengths[i]!;
      if (s > from && s < to) push(track.points[i]!);
    }
    const end = (lap + 1) * length;
    if (end > from && end < to) push(track.points[0]!);
  }
  push(pointOnLoop(track, to));
  return line()(pts) ?? '';
}

/**
 * Path data for each partner's half of the loop, leaving a gap of `gaps[0]` at the top crossing and
 * `gaps[1]` at the bottom one (the loop opens there once the couple reconnects).
 */
export function arcPaths(
  track: LoopTrack,
  gaps: readonly [number, number],
): readonly [string, string] {
  const half = track.length / 2;
  const [topGap, bottomGap] = [Math.max(0, gaps[0]) / 2, Math.max(0, gaps[1]) / 2];
  return [
    trackPath(track, topGap, half - bottomGap),
    trackPath(track, half + bottomGap, track.length - topGap),
  ];
}

/** An arrowhead pointing right, centred on the origin, sized for a stroke of `strokeWidth`. */
export function arrowheadPath(strokeWidth: number): string {
  const l = 9 + strokeWidth * 1.1;
  const w = 7 + strokeWidth * 0.9;
  return `M${round2(l / 2)},0L${round2(-l / 2)},${round2(-w)}L${round2(-l / 5)},0L${round2(-l / 2)},${round2(w)}Z`;
}

/** Dashes for partner 1's half of the loop, scaled with the stroke so they read at any weight. */
export function dashesFor(strokeWidth: number): string {
  return `${round2(8 + strokeWidth * 2)} ${round2(5 + strokeWidth * 1.2)}`;
}
