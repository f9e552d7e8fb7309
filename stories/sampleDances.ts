/** The example dances: the Protest Polka played with seed 7, alone and with repairs, for stories and tests. */
import polkaText from '../models/protest-polka.json?raw';
import {
  compileMachine,
  extendSession,
  parseCycleMap,
  sendAt,
  startSession,
  type CycleMap,
  type DanceSession,
  type PartnerIndex,
} from '../src/core';
import { loopReadingOf, type LoopReading } from '../src/studio';

/** A cycle map from its JSON text; throws on a broken file, since the examples are known good. */
export function mapOf(text: string): CycleMap {
  const parsed = parseCycleMap(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** The built-in Protest Polka: Theo pursues, Priya withdraws. */
export const polka = mapOf(polkaText);
export const polkaMachine = compileMachine(polka);

/** A repair tried during the dance: at which snapshot, by whom, and which one. */
export type TriedRepair = readonly [index: number, by: PartnerIndex, kind: string];

/** Seed 7 with each repair tried at its snapshot in turn, then played until the dance ends. */
export function polkaWithRepairs(repairs: readonly TriedRepair[]): DanceSession {
  let session = startSession(polkaMachine, { seed: 7 });
  for (const [index, by, kind] of repairs) {
    session = extendSession(polkaMachine, session, index);
    session = sendAt(polkaMachine, session, index, { type: 'REPAIR', by, kind });
  }
  return extendSession(polkaMachine, session, 200);
}

/** Left alone: calm at turn 0, escalating by 25, both flooded from 38, disengaged at 57. */
export const polkaAlone = polkaWithRepairs([]);

/** Priya's soft reach at snapshot 8 lands: the repair path plays out and they reconnect. */
export const polkaReachLands = polkaWithRepairs([[8, 1, 'softReach']]);

/** Theo's soft reach fails (Priya is flooded), Priya takes a 20-minute break, then her soft reach lands. */
export const polkaFailBreakLand = polkaWithRepairs([
  [42, 0, 'softReach'],
  [46, 1, 'selfSoothingBreak'],
  [49, 1, 'softReach'],
]);

/**
 * The loop's reading of snapshot `index` of a session (negative counts from the end), with the
 * one before it for the pulse, as the studio hands them to the loop.
 *
 * @example
 * <DanceLoop map={polka} {...moment(polkaAlone, 25)} … />
 */
export function moment(
  session: DanceSession,
  index: number,
): { reading: LoopReading; previous: LoopReading | null } {
  const last = session.snapshots.length - 1;
  const at = Math.min(index < 0 ? last + 1 + index : index, last);
  return {
    reading: loopReadingOf(session.snapshots[at]!),
    previous: at > 0 ? loopReadingOf(session.snapshots[at - 1]!) : null,
  };
}
