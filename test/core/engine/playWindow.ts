/** Plays one run of a repair window through the statechart itself: TICK × c, the repair, then TICKs to the end. */
import { createActor } from 'xstate';
import {
  compileMachine,
  danceModel,
  runSeed,
  type CycleMap,
  type RepairWindow,
} from '../../../src/core';

export function playWindow(
  map: CycleMap,
  seed: number,
  run: number,
  window: RepairWindow,
  therapistPresent = false,
): { readonly reconnected: boolean; readonly turn: number } {
  const m = danceModel(map);
  const first = m.partners[0].steps.length;
  const q =
    window.partner === 0
      ? m.partners[0].steps.indexOf(window.step)
      : first + m.partners[1].steps.indexOf(window.step);
  const cell = (window.round - 1) * m.roundLength + q;
  const actor = createActor(compileMachine(map), {
    input: { seed: runSeed(seed, run), therapistPresent },
  }).start();
  let ticks = 0;
  for (; ticks < cell && actor.getSnapshot().status === 'active'; ticks++)
    actor.send({ type: 'TICK' });
  actor.send({ type: 'REPAIR', by: window.by, kind: window.repair });
  for (; ticks < map.simulation.turns && actor.getSnapshot().status === 'active'; ticks++)
    actor.send({ type: 'TICK' });
  const end = actor.getSnapshot();
  actor.stop();
  return { reconnected: end.hasTag('reconnected'), turn: end.context.turn };
}
