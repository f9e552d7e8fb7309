/** The heart-rate gauge's pure parts: its scale, how near the flooding line a heart is, and what it says. */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** The gauge runs from a slow resting heart to a racing one; the model's hearts stay inside it. */
export const GAUGE_MIN_BPM = 40;
export const GAUGE_MAX_BPM = 180;

/** Within this many bpm below the flooding line a heart counts as close to flooding. */
export const NEAR_FLOODING_BPM = 10;

/** How long the needle takes to ease to a new reading. */
export const GAUGE_EASE_MS = 300;

export type ArousalLevel = 'calm' | 'near' | 'flooded';

/**
 * How the gauge frames a body: in a hot dance (someone pursues or attacks) a heart below the line
 * is simply below it; in a cold one (both turn away) a low heart is a body gone quiet and shut
 * down, which is not the same as calm.
 */
export type GaugeRegister = 'hot' | 'cold';

/**
 * Vertical position of a heart rate on a gauge whose track runs from `bottom` (40 bpm) up to
 * `top` (180 bpm); readings outside the range stay on the track.
 *
 * @example
 * gaugeScale(220, 10)(110); // 115: halfway up
 */
export function gaugeScale(bottom: number, top: number): ScaleLinear<number, number> {
  return scaleLinear().domain([GAUGE_MIN_BPM, GAUGE_MAX_BPM]).range([bottom, top]).clamp(true);
}

/**
 * `flooded` is the engine's verdict (it decides, not the gauge); "near" is purely a display hint.
 *
 * @example
 * arousalLevel(95, 100, false); // 'near'
 */
export function arousalLevel(heartRate: number, floodLine: number, flooded: boolean): ArousalLevel {
  if (flooded) return 'flooded';
  return heartRate >= floodLine - NEAR_FLOODING_BPM ? 'near' : 'calm';
}

/**
 * What the gauge says under the number, in words (never colour alone).
 *
 * @example
 * arousalStatus('calm'); // 'Below the flooding line'
 * arousalStatus('calm', 'cold'); // 'Quiet, shut down'
 */
export function arousalStatus(level: ArousalLevel, register: GaugeRegister = 'hot'): string {
  switch (level) {
    case 'flooded':
      return 'Flooded';
    case 'near':
      return 'Close to the flooding line';
    case 'calm':
      return register === 'cold' ? 'Quiet, shut down' : 'Below the flooding line';
  }
}

/**
 * The meter's spoken value.
 *
 * @example
 * arousalValueText('Theo', 112.4, 100, true); // 'Theo: 112 beats per minute, flooded (above 100)'
 * arousalValueText('Ben', 78, 100, false, 'cold'); // 'Ben: 78 beats per minute, quiet, shut down, below the flooding line (100)'
 */
export function arousalValueText(
  name: string,
  heartRate: number,
  floodLine: number,
  flooded: boolean,
  register: GaugeRegister = 'hot',
): string {
  const bpm = Math.round(heartRate);
  const line = Math.round(floodLine);
  const level = arousalLevel(heartRate, floodLine, flooded);
  const state =
    level === 'flooded'
      ? `flooded (above ${line})`
      : level === 'calm' && register === 'cold'
        ? `quiet, shut down, below the flooding line (${line})`
        : `${arousalStatus(level).toLowerCase()} (${line})`;
  return `${name}: ${bpm} beats per minute, ${state}`;
}
