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

/** The arrows a click can take now: the turn (TICK) out of a state that is active. */
export function enabledEdges(
  edges: readonly SceneEdge[],
  now: ReadonlySet<string>,
  canStep: boolean,
): ReadonlySet<string> {
  if (!canStep) return new Set();
  return new Set(
    edges.filter((edge) => edge.event === 'TICK' && now.has(edge.source)).map((edge) => edge.id),
  );
}
