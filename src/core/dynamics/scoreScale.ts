/** The SPAFF score scale every Gottman–Murray score lives on: weighted codes −4…+4 summed per 6-second window. */

/** The most negative score a window can have. */
export const SCORE_MIN = -24;
/** The most positive score a window can have. */
export const SCORE_MAX = 24;

/**
 * Keeps a score on the scale; the model's straight lines would otherwise run past what a coded
 * conversation can show.
 *
 * @example
 * clampScore(-31.5); // -24
 */
export function clampScore(score: number): number {
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, score));
}
