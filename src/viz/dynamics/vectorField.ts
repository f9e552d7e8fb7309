/**
 * The vector field of the map: on a grid of the plane, an arrow pointing where one noise-free turn
 * moves the two scores. Direction only: the arrows have one length, so the slow places still show.
 */
import { stepBoth, type ModelParameters, type UpdateOrder } from '../../core';
import type { PlaneScales } from './planeScales';

/** Grid points, 4 score points apart and clear of the plane's edges. */
export const FIELD_SCORES = [-22, -18, -14, -10, -6, -2, 2, 6, 10, 14, 18, 22] as const;

/** Each arrow's length in viewBox units. */
const ARROW = 12;

export interface FieldArrow {
  readonly key: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * @example
 * vectorField(planeScales(), theo, priya, 'simultaneous').length; // 144, fewer where a point rests
 */
export function vectorField(
  scales: PlaneScales,
  p0: ModelParameters,
  p1: ModelParameters,
  update: UpdateOrder,
): FieldArrow[] {
  const arrows: FieldArrow[] = [];
  for (const score0 of FIELD_SCORES) {
    for (const score1 of FIELD_SCORES) {
      const next = stepBoth(p0, p1, [score0, score1], update);
      const x = scales.x(score0);
      const y = scales.y(score1);
      const dx = scales.x(next[0]) - x;
      const dy = scales.y(next[1]) - y;
      const length = Math.hypot(dx, dy);
      // A point that does not move (a steady state on the grid) has no direction to show.
      if (!(length > 1e-9)) continue;
      arrows.push({
        key: `${score0},${score1}`,
        x1: tenth(x),
        y1: tenth(y),
        x2: tenth(x + (dx / length) * ARROW),
        y2: tenth(y + (dy / length) * ARROW),
      });
    }
  }
  return arrows;
}
