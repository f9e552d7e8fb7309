/**
 * One partner's influence function drawn over the whole scale: the other's score across, the push
 * it gives this partner's next score up the side, with the repair and damping thresholds marked.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { SCORE_MAX, SCORE_MIN, influence, type InfluenceParameters } from '../../core';
import { scaleSamples } from './planePaths';

/** The plot's viewBox and margins. */
export const INFLUENCE_PLOT = { width: 360, height: 240, left: 52, right: 12, top: 16, bottom: 44 };

/** The push axis shows at least this much either way, so a gentle curve is not blown up. */
const MIN_PUSH = 8;

export interface Threshold {
  readonly kind: 'repair' | 'damping';
  readonly score: number;
  readonly x: number;
}

export interface InfluenceCurve {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly path: string;
  /** The thresholds that fall on the scale (a threshold at ±24 or beyond never acts there). */
  readonly thresholds: readonly Threshold[];
  readonly pushTicks: readonly number[];
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * @example
 * influenceCurve(theo).thresholds; // [{ kind: 'repair', score: −6, x: … }, { kind: 'damping', score: 4, x: … }]
 */
export function influenceCurve(d: InfluenceParameters): InfluenceCurve {
  const { width, height, left, right, top, bottom } = INFLUENCE_PLOT;
  const samples = scaleSamples([0, d.repairThreshold, d.dampingThreshold]).map(
    (score) => [score, influence(d, score)] as const,
  );
  const largest = Math.max(MIN_PUSH, ...samples.map(([, push]) => Math.abs(push)));
  const x = scaleLinear()
    .domain([SCORE_MIN, SCORE_MAX])
    .range([left, width - right]);
  const y = scaleLinear()
    .domain([-largest, largest])
    .range([height - bottom, top])
    .nice(6);
  const path =
    line<readonly [number, number]>()
      .x(([score]) => tenth(x(score)))
      .y(([, push]) => tenth(y(push)))(samples) ?? '';
  const thresholds = (
    [
      { kind: 'repair', score: d.repairThreshold },
      { kind: 'damping', score: d.dampingThreshold },
    ] as const
  )
    .filter((t) => t.score > SCORE_MIN && t.score < SCORE_MAX)
    .map((t) => ({ ...t, x: tenth(x(t.score)) }));
  return { x, y, path, thresholds, pushTicks: y.ticks(6) };
}
