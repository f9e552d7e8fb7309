/**
 * The cold register (issue 9, "Freeze and Flee reads cold"): a dance whose partners both turn
 * away sinks to a withdrawn floor with quiet hearts, where a hot dance runs to −24 and floods.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  compileMachine,
  danceModel,
  danceRegister,
  simulate,
  TAG,
  type CycleMap,
  type Position,
  type Trace,
} from '../../../src/core';
import { MODEL_IDS, model } from './models';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const runs = (map: CycleMap): Trace[] => SEEDS.map((seed) => simulate(map, { seed }));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const lowest = (t: Trace) => Math.min(...t.frames.flatMap((f) => f.partners.map((p) => p.score)));
const peakHeart = (t: Trace) =>
  Math.max(...t.frames.flatMap((f) => f.partners.map((p) => p.heartRate)));
const floods = (t: Trace) => t.frames.some((f) => f.partners.some((p) => p.flooded));
/** The mean of both scores over the turns from `from` on: where the dance has settled. */
const settledMean = (t: Trace, from = 40) => {
  const late = t.frames.filter((f) => f.turn >= from);
  return (
    late.reduce((sum, f) => sum + (f.partners[0].score + f.partners[1].score) / 2, 0) / late.length
  );
};

/** The same map with the partners' positions changed (their figures stay as they are). */
function withPositions(map: CycleMap, ...positions: Position[]): CycleMap {
  const [a, b] = map.partners;
  return {
    ...map,
    partners: [
      { ...a, position: positions[0] ?? a.position },
      { ...b, position: positions[1] ?? b.position },
    ],
  };
}

describe('which dances are cold', () => {
  it('is Freeze and Flee alone among the built-in maps: both partners turn away', () => {
    const cold = MODEL_IDS.filter((id) => danceRegister(model(id)) === 'cold');
    expect(cold).toEqual(['freeze-and-flee']);
  });

  it('follows the positions, not the map’s name: a withdrawer and a placater are cold too', () => {
    const polka = model('protest-polka');
    expect(danceRegister(withPositions(polka, 'withdrawer', 'placater'))).toBe('cold');
    expect(danceRegister(withPositions(model('freeze-and-flee'), 'pursuer'))).toBe('hot');
  });

  it('is on the chart as a tag a screen can ask about, at every moment to the end', () => {
    const actor = createActor(compileMachine(model('freeze-and-flee')), {
      input: { seed: 3 },
    }).start();
    expect(actor.getSnapshot().hasTag(TAG.cold)).toBe(true);
    while (actor.getSnapshot().status === 'active') actor.send({ type: 'TICK' });
    expect(actor.getSnapshot().hasTag(TAG.cold)).toBe(true);
    const hot = createActor(compileMachine(model('find-the-bad-guy')), { input: { seed: 3 } });
    expect(hot.start().getSnapshot().hasTag(TAG.cold)).toBe(false);
  });
});

describe('Freeze and Flee sinks where Find the Bad Guy spikes (seeds 1–20)', () => {
  const flee = runs(model('freeze-and-flee'));
  const badGuy = runs(model('find-the-bad-guy'));

  it('sinks to a withdrawn floor: below −12, but never to the −24 the Bad Guy reaches', () => {
    expect(median(flee.map((t) => settledMean(t)))).toBeLessThan(-12);
    for (const t of flee) expect(lowest(t)).toBeGreaterThan(-23);
    expect(median(badGuy.map(lowest))).toBe(-24);
    expect(median(badGuy.map((t) => settledMean(t, 30)))).toBeLessThan(-22);
  });

  it('keeps hearts below the flooding line in most runs, where every Bad Guy run floods', () => {
    expect(flee.filter(floods).length).toBeLessThanOrEqual(3);
    expect(badGuy.filter(floods).length).toBe(SEEDS.length);
    expect(median(flee.map(peakHeart))).toBeLessThan(95);
    expect(median(badGuy.map(peakHeart))).toBeGreaterThan(120);
  });

  it('still ends disengaged, quietly: no one is fighting for the relationship', () => {
    expect(flee.filter((t) => t.outcome === 'disengaged').length).toBeGreaterThanOrEqual(18);
  });

  it('sinks because of the register: the same figures played hot run to −24 and flood', () => {
    const hot = runs(withPositions(model('freeze-and-flee'), 'mixed', 'mixed'));
    expect(median(hot.map(lowest))).toBe(-24);
    expect(hot.filter(floods).length).toBe(SEEDS.length);
  });

  it('settles near the floor the equation predicts: each hears the other no lower than −12', () => {
    const { partners, settings } = danceModel(model('freeze-and-flee'));
    const floorOf = (p: 0 | 1) => {
      const d = partners[p].dynamics;
      const kw = settings.outcome.withdrawnScore;
      const repair =
        (d.repairStrength * 2 * (d.repairThreshold - kw)) / (1 + d.repairThreshold - kw);
      return d.setPoint + (d.negativeInfluence * kw + repair) / (1 - d.inertia);
    };
    const predicted = (floorOf(0) + floorOf(1)) / 2;
    expect(Math.abs(median(flee.map((t) => settledMean(t, 60))) - predicted)).toBeLessThan(1.5);
  });
});
