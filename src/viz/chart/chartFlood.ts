/** The flooding lines on the heart panel: above one, a partner is flooded. */
import type { ScaleLinear } from 'd3-scale';
import { round2 } from '../round2';

export interface FloodBand {
  readonly y: number;
  readonly bpm: number;
}

/** What the flooding lines need of a partner (a `ChartPartner` has it). */
export interface FloodingPartner {
  readonly name: string;
  /** `floodLine(partner.dynamics)`: above it this partner is flooded. */
  readonly floodLine: number;
}

/** Flooding lines closer than this (in bpm) are drawn as one. */
const MIN_FLOOD_LINE_GAP = 5;

/**
 * One line per distinct flooding line, lowest first: lines a few bpm apart would draw as one thick
 * line, so only the lower is kept.
 */
export function floodLines(
  partners: readonly FloodingPartner[],
  yHeart: ScaleLinear<number, number>,
): FloodBand[] {
  return [...partners.map((p) => p.floodLine)]
    .sort((a, b) => a - b)
    .filter((bpm, k, all) => k === 0 || bpm - all[k - 1]! >= MIN_FLOOD_LINE_GAP)
    .map((bpm) => ({ bpm, y: round2(yHeart(bpm)) }));
}

/**
 * @example
 * floodLabel([theo, priya], false); // 'Flooding: Theo above 100 bpm, Priya above 110'
 */
export function floodLabel(
  partners: readonly [FloodingPartner, FloodingPartner],
  compact: boolean,
): string {
  const [p0, p1] = partners;
  const sameLine = Math.round(p0.floodLine) === Math.round(p1.floodLine);
  return compact
    ? 'Flooding'
    : sameLine
      ? `Flooding: above ${Math.round(p0.floodLine)} bpm`
      : `Flooding: ${p0.name} above ${Math.round(p0.floodLine)} bpm, ${p1.name} above ${Math.round(p1.floodLine)}`;
}
