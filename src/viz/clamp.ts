/** The one clamp of the drawing code: keeps a number inside a range. */

/**
 * `value` held between `lo` and `hi`. When the range is empty (`lo > hi`, say a box taller than the
 * drawing) `lo` wins, so whatever does not fit overflows at the bottom or right, not the top or left.
 *
 * @example
 * clamp(130, 0, 100); // 100
 * clamp(50, 20, 10); // 20
 */
export function clamp(value: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, value));
}
