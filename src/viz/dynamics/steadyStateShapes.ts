/**
 * The mark of each kind of steady state, told apart by shape (and by a word beside it), never by
 * colour alone: stable ● a filled disc, saddle ◆ a diamond, unstable ○ a ring.
 */
import type { SteadyStateKind } from '../../core';

/** The symbol a legend or a table shows for each kind, the same shapes as the marks. */
export const KIND_SYMBOL: Readonly<Record<SteadyStateKind, string>> = {
  stable: '●',
  saddle: '◆',
  unstable: '○',
};

/** What each kind means, in plain words. */
export const KIND_MEANING: Readonly<Record<SteadyStateKind, string>> = {
  stable: 'an attractor: a talk that comes near drifts in and stays',
  saddle: 'a border between basins: which side a talk starts on decides where it goes',
  unstable: 'a talk moves away from it in every direction',
};

const R = 7;

/**
 * The mark's outline, centred on (x, y), as path data.
 *
 * @example
 * steadyStateShape('saddle', 100, 100); // 'M100,91L109,100L100,109L91,100Z'
 */
export function steadyStateShape(kind: SteadyStateKind, x: number, y: number): string {
  const cx = Math.round(x * 10) / 10;
  const cy = Math.round(y * 10) / 10;
  if (kind === 'saddle') {
    const d = R + 2;
    return `M${cx},${cy - d}L${cx + d},${cy}L${cx},${cy + d}L${cx - d},${cy}Z`;
  }
  // A circle as two arcs (a path, so every kind is one element the CSS styles alike).
  return `M${cx - R},${cy}A${R},${R} 0 1,0 ${cx + R},${cy}A${R},${R} 0 1,0 ${cx - R},${cy}Z`;
}
