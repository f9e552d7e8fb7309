/**
 * A dance session: the seeded run the app plays, kept as the list of statechart snapshots it has
 * passed through, so playback can step back, scrub, and try a repair at any earlier moment
 * (which replaces what followed). Pure: built on XState's `initialTransition` and the machine's
 * own `transition` (see `nextSnapshot`).
 */
import { createActor, initialTransition, type ActorScope, type SnapshotFrom } from 'xstate';
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
 * One step of the statechart: the snapshot `event` leads to. XState's own pure
 * `transition(machine, snapshot, event)` gives the same, but first makes a throwaway actor — and
 * with it the machine's starting snapshot — at every call: two thirds of the time a whole dance
 * took. Here the scope the steps run in is made once per machine, inert as XState's own is
 * (nothing deferred, emitted, logged or run but the statechart's own assignments), so a step is
 * still a pure function of the snapshot and the event.
 *
 * @example
 * const [start] = initialTransition(machine, { seed: 7 });
 * const next = nextSnapshot(machine, start, { type: 'TICK' });
 */
export function nextSnapshot(
  machine: CycleMachine,
  snapshot: DanceSnapshot,
  event: DanceEvent,
): DanceSnapshot {
  return machine.transition(snapshot, event, scopeOf(machine));
}

type DanceScope = ActorScope<DanceSnapshot, DanceEvent>;
const scopes = new WeakMap<CycleMachine, DanceScope>();
const nothing = () => {};

function scopeOf(machine: CycleMachine): DanceScope {
  let scope = scopes.get(machine);
  if (scope === undefined) {
    // Never started: it only lends the steps an actor to name as `self`.
    const self = createActor(machine, { input: { seed: 0 } });
    scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      logger: nothing,
      defer: nothing,
      emit: nothing,
      stopChild: nothing,
      actionExecutor: nothing,
    };
    scopes.set(machine, scope);
  }
  return scope;
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
    last = nextSnapshot(machine, last, event);
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
  const next = nextSnapshot(machine, session.snapshots[at]!, event);
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
