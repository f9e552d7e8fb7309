/** Which of the statechart's arrows the dance took last, and which it can take now. */
import type { SceneEdge } from '../../core';

/**
 * The arrow from the states active a moment ago to the ones active now: of those that fit, the
 * one leaving the innermost state (a step's own arrow before its region's).
 *
 * @example
 * lastEdge(scene.edges, before, now)?.kind; // 'crossing' when the loop has just crossed
 */
export function lastEdge(
  edges: readonly SceneEdge[],
  before: ReadonlySet<string>,
  now: ReadonlySet<string>,
): SceneEdge | null {
  if (before.size === 0) return null;
  let best: SceneEdge | null = null;
  for (const edge of edges) {
    if (!before.has(edge.source) || !now.has(edge.target)) continue;
    if (now.has(edge.source) && edge.source === edge.target) continue;
    if (best === null || edge.source.length > best.source.length) best = edge;
  }
  return best;
}

/**
 * The arrows of the last transition: the one `lastEdge` finds or, when the dance passed through a
 * state that lasts no time (a repair's attempt, on its way to the repair path), both hops — the
 * repair's arrow into it and the eventless arrow out of it into what is active now.
 *
 * @example
 * lastEdges(scene.edges, inTheLoop, onTheRepairPath).map((e) => e.event); // ['REPAIR', null]
 */
export function lastEdges(
  edges: readonly SceneEdge[],
  before: ReadonlySet<string>,
  now: ReadonlySet<string>,
): readonly SceneEdge[] {
  const direct = lastEdge(edges, before, now);
  if (direct !== null) return [direct];
  if (before.size === 0) return [];
  const passing = edges.filter(
    (edge) => edge.event === null && !before.has(edge.source) && !now.has(edge.source),
  );
  let best: readonly [SceneEdge, SceneEdge] | null = null;
  for (const onward of passing) {
    if (!now.has(onward.target)) continue;
    const into = lastEdge(edges, before, new Set([onward.source]));
    if (into !== null && (best === null || into.source.length > best[0].source.length))
      best = [into, onward];
  }
  return best ?? [];
}

/** Whether an arrow is a repair's (a reach, or a self-soothing break) rather than a turn. */
export function isRepairEdge(edge: SceneEdge): boolean {
  return edge.event === 'REPAIR';
}

/**
 * The arrows a click can take now: the turn (TICK) out of an active state while there is a next
 * step, and the repairs (REPAIR) out of an active state while the loop can still be repaired.
 */
export function enabledEdges(
  edges: readonly SceneEdge[],
  now: ReadonlySet<string>,
  canStep: boolean,
  canRepair = false,
): ReadonlySet<string> {
  return new Set(
    edges
      .filter(
        (edge) =>
          now.has(edge.source) &&
          ((canStep && edge.event === 'TICK') || (canRepair && isRepairEdge(edge))),
      )
      .map((edge) => edge.id),
  );
}
