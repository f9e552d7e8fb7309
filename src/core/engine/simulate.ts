/** `simulate`: a seeded run of the compiled statechart, as an event script, frames and an outcome. */
import { createActor } from 'xstate';
import type { CycleMap } from '../document/types';
import { frameOf, type Frame } from './frame';
import type { PartnerIndex } from './danceModel';
import { compileMachine, type DanceEvent } from './machine';

/** A repair to try once the clock reaches `turn` (or at the first moment after, if a break skipped it). */
export interface ScheduledRepair {
  readonly turn: number;
  readonly by: PartnerIndex;
  readonly kind: string;
}

export interface SimulateOptions {
  readonly seed: number;
  /** How many TICKs at most; the map's `simulation.turns` (150, a 15-minute talk) unless given. */
  readonly turns?: number;
  readonly repairs?: readonly ScheduledRepair[];
  readonly therapistPresent?: boolean;
}

export type Outcome = 'reconnected' | 'disengaged' | 'unresolved';

export interface Trace {
  readonly seed: number;
  readonly events: readonly DanceEvent[];
  /** `frames[0]` is the start; `frames[i]` follows `events[i - 1]`. */
  readonly frames: readonly Frame[];
  readonly outcome: Outcome;
}

/**
 * Plays the dance: repairs are sent when their turn comes, a TICK otherwise, until the dance ends
 * or the TICKs run out. Pure and seeded: the same map and options give the same trace, byte for byte.
 *
 * @example
 * simulate(map, { seed: 7, repairs: [{ turn: 2, by: 0, kind: 'softReach' }] }).outcome;
 */
export function simulate(map: CycleMap, options: SimulateOptions): Trace {
  const turns = options.turns ?? map.simulation.turns;
  const actor = createActor(compileMachine(map), {
    input: { seed: options.seed, therapistPresent: options.therapistPresent === true },
  }).start();
  const pending = [...(options.repairs ?? [])].sort((a, b) => a.turn - b.turn);
  const events: DanceEvent[] = [];
  const frames: Frame[] = [frameOf(actor.getSnapshot())];
  const send = (event: DanceEvent) => {
    actor.send(event);
    events.push(event);
    frames.push(frameOf(actor.getSnapshot()));
  };
  let ticks = 0;
  while (actor.getSnapshot().status === 'active') {
    const due = pending[0];
    if (due !== undefined && due.turn <= actor.getSnapshot().context.turn) {
      pending.shift();
      send({ type: 'REPAIR', by: due.by, kind: due.kind });
      continue;
    }
    if (ticks >= turns) break;
    send({ type: 'TICK' });
    ticks++;
  }
  actor.stop();
  return { seed: options.seed, events, frames, outcome: outcomeOf(frames.at(-1)?.state) };
}

export function outcomeOf(state: unknown): Outcome {
  return state === 'reconnected' || state === 'disengaged' ? state : 'unresolved';
}
