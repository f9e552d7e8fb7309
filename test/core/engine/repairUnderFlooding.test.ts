import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  compileMachine,
  danceModel,
  loopPositionOf,
  nextScore,
  repairChance,
} from '../../../src/core';
import { model } from './models';

const polka = model('protest-polka');

/** Plays the Polka to the first turn someone floods, and returns the actor there. */
function untilFlooded(seed: number) {
  const actor = createActor(compileMachine(polka), { input: { seed } }).start();
  while (!actor.getSnapshot().context.partners.some((p) => p.flooded)) {
    actor.send({ type: 'TICK' });
    if (actor.getSnapshot().status !== 'active') throw new Error('ended before anyone flooded');
  }
  return actor;
}

describe('flooding and the self-soothing break', () => {
  it('a repair cannot land while the receiver is flooded, and counts as one more negative move', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const actor = untilFlooded(seed);
      const before = actor.getSnapshot().context;
      const receiver = before.partners[1].flooded ? 1 : 0;
      const by = receiver === 1 ? 0 : 1;
      actor.send({ type: 'REPAIR', by, kind: 'softReach' });
      const after = actor.getSnapshot();
      expect(after.value).toHaveProperty('loop');
      expect(after.context.lastRepair).toMatchObject({
        outcome: 'failed',
        chance: 0,
        reason: 'receiverFlooded',
      });
      expect(after.context.turn).toBe(before.turn + 1);
      // Heard as a move of `failedScore` (or the maker's own, if lower): one turn of the map from it.
      const heard = Math.min(before.partners[by].score, polka.simulation.repair.failedScore);
      expect(after.context.partners[receiver].score).toBe(
        nextScore(polka.partners[receiver].dynamics, before.partners[receiver].score, heard),
      );
      expect(after.context.disconnected).toBeGreaterThanOrEqual(before.disconnected);
    }
  });

  it('a break of at least 20 minutes calms the body, keeps the loop where it was, and lets a repair land again', () => {
    let landed = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const actor = untilFlooded(seed);
      const before = actor.getSnapshot();
      actor.send({ type: 'REPAIR', by: 0, kind: 'selfSoothingBreak' });
      const rested = actor.getSnapshot();
      expect(rested.context.turn - before.context.turn).toBeGreaterThanOrEqual(200);
      expect(rested.value).toEqual(before.value);
      expect(rested.context.partners.every((p) => !p.flooded)).toBe(true);
      rested.context.partners.forEach((p, i) =>
        expect(p.heartRate).toBeLessThan(before.context.partners[i as 0 | 1].heartRate),
      );
      const model = danceModel(polka);
      const { partner, index } = loopPositionOf(rested);
      const spot = { partner, beforeMove: index < model.partners[partner].moveIndex };
      const chance = repairChance(model, rested.context, spot, 0, 'softReach').chance;
      expect(chance).toBeGreaterThan(0.3);
      actor.send({ type: 'REPAIR', by: 0, kind: 'softReach' });
      if (actor.getSnapshot().context.lastRepair?.outcome === 'landed') landed++;
    }
    expect(landed).toBeGreaterThanOrEqual(3);
  });

  it('a landed repair plays pause → soft reach → response → reconnected', () => {
    for (let seed = 1; ; seed++) {
      const actor = createActor(compileMachine(polka), { input: { seed } }).start();
      actor.send({ type: 'TICK' });
      actor.send({ type: 'REPAIR', by: 0, kind: 'softReach' });
      if (actor.getSnapshot().context.lastRepair?.outcome !== 'landed') continue;
      const path = [actor.getSnapshot().value];
      for (let i = 0; i < 3; i++) {
        actor.send({ type: 'TICK' });
        path.push(actor.getSnapshot().value);
      }
      expect(path).toEqual([
        { repairing: 'pause' },
        { repairing: 'softReach' },
        { repairing: 'response' },
        'reconnected',
      ]);
      expect(actor.getSnapshot().status).toBe('done');
      break;
    }
  });
});
