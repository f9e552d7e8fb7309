/**
 * The phase plane's frame: partner 0's score across, partner 1's up the side, both −24…+24, in an
 * SVG of fixed size that CSS scales to its box (so every coordinate below is in viewBox units).
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { SCORE_MAX, SCORE_MIN } from '../../core';

/** The plane's viewBox and the margins that hold the axes' ticks and names. */
export const PLANE = { width: 460, height: 440, left: 64, right: 16, top: 14, bottom: 58 } as const;

/** Where the ticks fall: every 6 score points, 0 (neutral) among them. */
export const PLANE_TICKS = [-24, -18, -12, -6, 0, 6, 12, 18, 24] as const;

export interface PlaneScales {
  /** Partner 0's score → x. */
  readonly x: ScaleLinear<number, number>;
  /** Partner 1's score → y (positive up, as on any phase plane). */
  readonly y: ScaleLinear<number, number>;
}

/**
 * @example
 * const { x, y } = planeScales();
 * x(-24); // 64, the plot's left edge
 * y(24); // 14, its top
 */
export function planeScales(): PlaneScales {
  return {
    x: scaleLinear()
      .domain([SCORE_MIN, SCORE_MAX])
      .range([PLANE.left, PLANE.width - PLANE.right]),
    y: scaleLinear()
      .domain([SCORE_MIN, SCORE_MAX])
      .range([PLANE.height - PLANE.bottom, PLANE.top]),
  };
}

/**
 * The scores under a point of the drawing (viewBox units), held on the scale: where a click lands.
 *
 * @example
 * scoresAt(planeScales(), [64, 14]); // [−24, 24]
 */
export function scoresAt(
  scales: PlaneScales,
  point: readonly [number, number],
): readonly [number, number] {
  const on = (score: number) => Math.min(SCORE_MAX, Math.max(SCORE_MIN, score));
  return [on(scales.x.invert(point[0])), on(scales.y.invert(point[1]))];
}
