/** Rounding of the drawing's coordinates. */

/**
 * A number to two decimals: plenty on screen, and it keeps the SVG (and its snapshots) readable.
 *
 * @example
 * round2(12.3456); // 12.35
 */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
