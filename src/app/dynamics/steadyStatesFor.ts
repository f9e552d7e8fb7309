/**
 * The couple's steady states, and which update their kinds describe. The points are the same for
 * both updates; their stability can differ (DOMAIN.md §3), so the view always says which map a
 * kind belongs to.
 */
import {
  steadyStates,
  type ModelParameters,
  type SteadyState,
  type TrajectoryUpdate,
} from '../../core';

export interface SteadyStatesFor {
  readonly states: readonly SteadyState[];
  /** The update whose Jacobian the kinds (stable, saddle, unstable) come from. */
  readonly kindsFor: TrajectoryUpdate;
}

export function steadyStatesFor(
  p0: ModelParameters,
  p1: ModelParameters,
  update: TrajectoryUpdate,
): SteadyStatesFor {
  // LEAD: once steadyStates(p0, p1, { update }) has landed, return
  // { states: steadyStates(p0, p1, { update }), kindsFor: update } here; nothing else changes.
  void update;
  return { states: steadyStates(p0, p1), kindsFor: 'simultaneous' };
}
