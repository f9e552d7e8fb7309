/**
 * A dance session: the seeded run the app plays, kept as the list of statechart snapshots it has
 * passed through, so playback can step back, scrub, and try a repair at any earlier moment
 * (which replaces what followed). Pure: built on XState's `initialTransition` and `transition`.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { frameOf, type Frame } from './frame';
import type { CycleMachine, DanceEvent } from './machine';

export type DanceSnapshot = SnapshotFrom<CycleMachine>;

export interface DanceSession {
  readonly seed: number;
  readonly therapistPresent: boolean;
  /** `events[i]` led from `snapshots[i]` to `snapshots[i + 1]`. */
  readonly events: readonly DanceEvent[];
  readonly snapshots: readonly DanceSnapshot[];
}

/**
 * @example
 * let session = startSession(machine, { seed: 7 });
 * session = extendSession(machine, session, 20); // the first 20 turns
 */
export function startSession(
  machine: CycleMachine,
  input: { readonly seed: number; readonly therapistPresent?: boolean },
): DanceSession {
  const [snapshot] = initialTransition(machine, input);
  return {
    seed: input.seed,
    therapistPresent: input.therapistPresent === true,
    events: [],
    snapshots: [snapshot],
  };
}

/** Whether the dance has ended (reconnected or disengaged) at this snapshot. */
export function isOver(snapshot: DanceSnapshot): boolean {
  return snapshot.status !== 'active';
}

/** The session with TICKs appended until it holds `index` + 1 snapshots or the dance ends. */
export function extendSession(
  machine: CycleMachine,
  session: DanceSession,
  index: number,
): DanceSession {
  if (session.snapshots.length > index) return session;
  const events = [...session.events];
  const snapshots = [...session.snapshots];
  let last = snapshots[snapshots.length - 1]!;
  while (snapshots.length <= index && !isOver(last)) {
    const event: DanceEvent = { type: 'TICK' };
    [last] = transition(machine, last, event);
    events.push(event);
    snapshots.push(last);
  }
  return { ...session, events, snapshots };
}

/**
 * Sends `event` at snapshot `index`: whatever followed that moment is replaced by what the event
 * leads to (trying a repair at an earlier turn rewrites the rest of the dance).
 */
export function sendAt(
  machine: CycleMachine,
  session: DanceSession,
  index: number,
  event: DanceEvent,
): DanceSession {
  const at = Math.max(0, Math.min(index, session.snapshots.length - 1));
  const [next] = transition(machine, session.snapshots[at]!, event);
  return {
    ...session,
    events: [...session.events.slice(0, at), event],
    snapshots: [...session.snapshots.slice(0, at + 1), next],
  };
}

/** The frames of the session, for charts and the text view. */
export function sessionFrames(session: DanceSession): Frame[] {
  return session.snapshots.map(frameOf);
}
