/** How heated (or how deep) the dance runs at a moment: a number for the loop to draw and a word to say it. */

/** Words for the escalation, from calm to deep in the cycle; they fit a cold, withdrawn dance as well as a hot one. */
export const HEAT_CUES = ['Calm', 'Tense', 'Escalating', 'Deep in the cycle'] as const;
export type HeatCue = (typeof HEAT_CUES)[number];

/** Scores at or above this mean count as calm; the heat rises linearly to 1 over `HEAT_SPAN` points. */
const CALM_MEAN = -1.5;
const HEAT_SPAN = 18;

/**
 * How hot the dance runs, 0…1, from the mean of the two scores on the −24…+24 scale.
 *
 * @example
 * heatOf(-2, -1); // 0
 * heatOf(-20, -22); // 1
 */
export function heatOf(score0: number, score1: number): number {
  const mean = (score0 + score1) / 2;
  return Math.max(0, Math.min(1, (CALM_MEAN - mean) / HEAT_SPAN));
}

export function cueOf(heat: number): HeatCue {
  if (heat < 0.15) return 'Calm';
  if (heat < 0.4) return 'Tense';
  if (heat < 0.7) return 'Escalating';
  return 'Deep in the cycle';
}
