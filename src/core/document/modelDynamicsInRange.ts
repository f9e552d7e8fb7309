/** Fitted figures made ready for a map: each Gottman–Murray figure held to the map's range for it. */
import type { ModelDynamics } from './edits';
import { MODEL_DYNAMICS_KEYS } from './edits';
import { DYNAMICS_RANGES } from './settingsRanges';

/**
 * The figures, each held to `DYNAMICS_RANGES` (a fit can give an inertia of 1.02, which a map
 * cannot hold), with the names of those that had to be moved.
 *
 * @example
 * modelDynamicsInRange({ ...fitted, inertia: 1.3 }); // { dynamics: { …, inertia: 0.99 }, held: ['inertia'] }
 */
export function modelDynamicsInRange(figures: ModelDynamics): {
  readonly dynamics: ModelDynamics;
  readonly held: readonly (keyof ModelDynamics)[];
} {
  const held: (keyof ModelDynamics)[] = [];
  const entries = MODEL_DYNAMICS_KEYS.map((key) => {
    const [lo, hi] = DYNAMICS_RANGES[key];
    const value = figures[key];
    const inRange = Math.min(hi, Math.max(lo, value));
    if (inRange !== value && Number.isFinite(value)) held.push(key);
    return [key, inRange] as const;
  });
  return { dynamics: Object.fromEntries(entries) as unknown as ModelDynamics, held };
}
