/** How a fit reads one window's coded score: where the coding's neutral band ends, and whether it rounds. */

/**
 * The coding writes a neutral window as 0.6, so anything from 0 to 0.6 is a neutral window: a score
 * of 0, under which the partner's influence is 0.
 *
 * @example
 * neutralScore(0.6); // 0
 * neutralScore(4.4); // 4.4
 */
export function neutralScore(score: number): number {
  return score >= 0 && score <= 0.6 ? 0 : score;
}

/**
 * A window's score as the book and *dyad* use it: 0…0.6 is a neutral window (0), anything else is
 * rounded to the nearest integer, halves to the even one (as R's `round` does, so 4.5 → 4 and
 * −0.5 → 0, which then counts as neutral too). That pair of rules is the reading that reproduces the
 * package's figures; rounding halves up does not.
 *
 * @example
 * codedScore(0.6); // 0
 * codedScore(4.5); // 4
 */
export function codedScore(score: number): number {
  if (score >= 0 && score <= 0.6) return 0;
  const floor = Math.floor(score);
  const fraction = score - floor;
  const rounded =
    fraction < 0.5 ? floor : fraction > 0.5 ? floor + 1 : floor + (floor % 2 === 0 ? 0 : 1);
  return rounded + 0; // turns −0 into 0
}
