/**
 * The lines of the phase plane as SVG path data: each partner's nullcline, sampled finely with its
 * corners (0 and the thresholds) kept exact, and a trajectory, drawn as a staircase when the
 * partners update one after the other.
 */
import { line } from 'd3-shape';
import {
  SCORE_MAX,
  SCORE_MIN,
  nullcline,
  type ModelParameters,
  type UpdateOrder,
} from '../../core';
import { BOLD_EM, textWidth } from '../textMeasure';
import type { PlaneScales } from './planeScales';

/** The nullclines' names are this size, in viewBox units (bold). */
const LABEL_FONT = 12;

/** Samples per score point: 0.1 apart, finer than a pixel of the plane. */
const SAMPLES_PER_POINT = 10;

/**
 * The scores at which a curve over the whole scale is sampled: 0.1 apart, plus `corners` exactly
 * (where the curve bends), sorted.
 *
 * @example
 * scaleSamples([-6, 4]).length; // 481: −6 and 4 already fall on the grid
 */
export function scaleSamples(corners: readonly number[]): number[] {
  const count = (SCORE_MAX - SCORE_MIN) * SAMPLES_PER_POINT;
  const grid = Array.from({ length: count + 1 }, (_, i) => SCORE_MIN + i / SAMPLES_PER_POINT);
  const inside = corners.filter((c) => c > SCORE_MIN && c < SCORE_MAX);
  return [...new Set([...grid, ...inside])].sort((a, b) => a - b);
}

const cornersOf = (p: ModelParameters) => [0, p.repairThreshold, p.dampingThreshold];

/** One decimal place of a viewBox unit: finer than the eye, and the path stays short. */
const tenth = (value: number) => Math.round(value * 10) / 10;

const path = line<readonly [number, number]>()
  .x((point) => tenth(point[0]))
  .y((point) => tenth(point[1]))
  .defined((point) => Number.isFinite(point[0]) && Number.isFinite(point[1]));

/**
 * A partner's nullcline as path data: where this partner's score holds still for each score of the
 * other. Partner 0's runs up the plane (`P0 = N0(P1)`), partner 1's across it (`P1 = N1(P0)`); the
 * parts off the scale are drawn too and clipped by the plane.
 *
 * @example
 * nullclinePath(planeScales(), theo, 0); // 'M…L…'
 */
export function nullclinePath(scales: PlaneScales, p: ModelParameters, partner: 0 | 1): string {
  const points = scaleSamples(cornersOf(p)).map((other): readonly [number, number] => {
    const own = nullcline(p, other);
    return partner === 0 ? [scales.x(own), scales.y(other)] : [scales.x(other), scales.y(own)];
  });
  return path(points) ?? '';
}

/**
 * A trajectory's points as path data. Both at once, each turn is one straight step; one after the
 * other, each turn is two: across (partner 0 moves) then up or down (partner 1 answers).
 *
 * @example
 * trajectoryPath(planeScales(), [[0, 0], [4, 2]], 'sequential'); // 'M254,198L285.7,198L285.7,182.7'
 */
export function trajectoryPath(
  scales: PlaneScales,
  points: readonly (readonly [number, number])[],
  update: UpdateOrder,
): string {
  const drawn: (readonly [number, number])[] = [];
  points.forEach((point, i) => {
    const before = points[i - 1];
    if (update === 'sequential' && before !== undefined)
      drawn.push([scales.x(point[0]), scales.y(before[1])]);
    drawn.push([scales.x(point[0]), scales.y(point[1])]);
  });
  return path(drawn) ?? '';
}

/**
 * Where a nullcline's name goes: beside the last stretch of the line still inside the plane —
 * near the top for partner 0's (which runs up the plane), near the right for partner 1's — and
 * turned to end at that point when it would run past the plane's right edge.
 *
 * @example
 * nullclineLabelAt(planeScales(), theo, 0, 'Theo’s nullcline');
 * // { x: 196.4, y: 30, anchor: 'start' }, or null when the line misses the plane
 */
export function nullclineLabelAt(
  scales: PlaneScales,
  p: ModelParameters,
  partner: 0 | 1,
  text: string,
): { readonly x: number; readonly y: number; readonly anchor: 'start' | 'end' } | null {
  // From the far end of the other's score inwards, the first point well inside the plane.
  const margin = 2;
  for (let other = SCORE_MAX - margin; other >= SCORE_MIN + margin; other -= 0.5) {
    const own = nullcline(p, other);
    if (own < SCORE_MIN + margin || own > SCORE_MAX - margin) continue;
    const [x, y] =
      partner === 0 ? [scales.x(own) + 6, scales.y(other)] : [scales.x(other), scales.y(own) - 8];
    const fits = x + textWidth(text, LABEL_FONT, BOLD_EM) <= scales.x.range()[1]!;
    return { x: tenth(fits ? x : x - 12), y: tenth(y), anchor: fits ? 'start' : 'end' };
  }
  return null;
}
