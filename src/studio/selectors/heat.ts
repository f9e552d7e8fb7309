/**
 * How deep the dance runs at a moment: a number for the loop to draw and a word to say it, in the
 * dance's register — heat for a fight, distance for a dance that withdraws.
 */

/** The register of a dance (the engine's `DanceRegister`): hot when someone pursues or attacks, cold when both turn away. */
export type LoopRegister = 'hot' | 'cold';

/** Words for a hot dance, from calm to deep in the cycle: the fight heats up. */
export const HEAT_CUES = ['Calm', 'Tense', 'Escalating', 'Deep in the cycle'] as const;
export type HeatCue = (typeof HEAT_CUES)[number];

/** Words for a cold dance (Freeze and Flee), from calm to frozen: distance grows, and the dance goes quiet. */
export const COLD_CUES = ['Calm', 'Quiet', 'Distant', 'Frozen'] as const;
export type ColdCue = (typeof COLD_CUES)[number];

export type LoopCue = HeatCue | ColdCue;

/** Each register's four words, from calm (0) to the deepest (3). */
export const CUES: Readonly<Record<LoopRegister, readonly LoopCue[]>> = {
  hot: HEAT_CUES,
  cold: COLD_CUES,
};

/** Scores at or above this mean count as calm; the heat rises linearly to 1 over `HEAT_SPAN` points. */
const CALM_MEAN = -1.5;
const HEAT_SPAN = 18;

/**
 * How deep the dance runs, 0…1, from the mean of the two scores on the −24…+24 scale: heat in a
 * hot dance, how far the chill has gone in a cold one.
 *
 * @example
 * heatOf(-2, -1); // 0
 * heatOf(-20, -22); // 1
 */
export function heatOf(score0: number, score1: number): number {
  const mean = (score0 + score1) / 2;
  return Math.max(0, Math.min(1, (CALM_MEAN - mean) / HEAT_SPAN));
}

/** The level of a depth, 0 (calm) … 3 (the deepest word). */
export function cueLevel(heat: number): 0 | 1 | 2 | 3 {
  if (heat < 0.15) return 0;
  if (heat < 0.4) return 1;
  if (heat < 0.7) return 2;
  return 3;
}

/**
 * The word for a depth in a register.
 *
 * @example
 * cueOf(0.9); // 'Deep in the cycle'
 * cueOf(0.9, 'cold'); // 'Frozen'
 */
export function cueOf(heat: number, register: LoopRegister = 'hot'): LoopCue {
  return CUES[register][cueLevel(heat)]!;
}
