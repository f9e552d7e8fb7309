/** Fixed traces for the chart tests: the Protest Polka with seed 7, plain and with three repairs. */
import polkaText from '../../models/protest-polka.json?raw';
import {
  compileMachine,
  extendSession,
  parseCycleMap,
  REPAIR_CATALOGUE,
  sendAt,
  sessionFrames,
  startSession,
  type CycleMap,
  type DanceSession,
} from '../../src/core';
import type { RepairMark } from '../../src/viz/chart/ScoreChart';

function parsed(text: string): CycleMap {
  const result = parseCycleMap(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export const polka = parsed(polkaText);
const machine = compileMachine(polka);

/** Both flood around turn 38; the dance disengages at turn 57. */
export const escalating = extendSession(machine, startSession(machine, { seed: 7 }), 150);

/** Theo's soft reach fails (Priya is flooded), Priya takes a 20-minute break, her soft reach lands. */
export const repaired = (() => {
  let s = extendSession(machine, startSession(machine, { seed: 7 }), 42);
  s = sendAt(machine, s, 42, { type: 'REPAIR', by: 0, kind: 'softReach' });
  s = extendSession(machine, s, 46);
  s = sendAt(machine, s, 46, { type: 'REPAIR', by: 1, kind: 'selfSoothingBreak' });
  s = extendSession(machine, s, 49);
  s = sendAt(machine, s, 49, { type: 'REPAIR', by: 1, kind: 'softReach' });
  return extendSession(machine, s, 150);
})();

/** One mark per REPAIR event, at the frame that shows its result (as the dance view builds them). */
export function marksOf(session: DanceSession): RepairMark[] {
  return session.events.flatMap((event, i) => {
    const note = session.snapshots[i + 1]?.context.lastRepair;
    if (event.type !== 'REPAIR' || note == null) return [];
    const label = note.playsAs === null ? note.repair : REPAIR_CATALOGUE[note.playsAs].label;
    return [{ index: i + 1, by: note.by, label, outcome: note.outcome }];
  });
}

export const escalatingFrames = sessionFrames(escalating);
export const repairedFrames = sessionFrames(repaired);
export const repairedMarks = marksOf(repaired);
