/** Which states of the cycle's statechart are active at the moment on screen, for the Statechart view. */
import { MACHINE_ID, type DanceSnapshot } from '../../core';
import type { StudioSnapshot } from '../studio';
import { momentOf, previousMomentOf } from './dance';

/**
 * The ids of a snapshot's active states, outermost first (`cyclemap.loop`,
 * `cyclemap.loop.partner0`, `cyclemap.loop.partner0.trigger`).
 *
 * @example
 * activeStateIds(session.snapshots[0]); // ['cyclemap.loop', 'cyclemap.loop.partner0', 'cyclemap.loop.partner0.trigger']
 */
export function activeStateIds(snapshot: DanceSnapshot): readonly string[] {
  const ids: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      ids.push(`${path}.${value}`);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      ids.push(`${path}.${key}`);
      walk(inner, `${path}.${key}`);
    }
  };
  walk(snapshot.value, MACHINE_ID);
  return ids;
}

const cache = new WeakMap<DanceSnapshot, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

function activeOf(snapshot: DanceSnapshot | null): ReadonlySet<string> {
  if (snapshot === null) return NONE;
  let active = cache.get(snapshot);
  if (active === undefined) cache.set(snapshot, (active = new Set(activeStateIds(snapshot))));
  return active;
}

/** The active states of the moment on screen (the same set for the same moment). */
export const activeStatesOf = (s: StudioSnapshot): ReadonlySet<string> => activeOf(momentOf(s));

/** The active states of the moment before (the last transition led from one of them). */
export const previousActiveStatesOf = (s: StudioSnapshot): ReadonlySet<string> =>
  activeOf(previousMomentOf(s));
