// The loop's scene of a moment, worked out without drawing: where it is, the pulse's way, the badges.
import { describe, expect, it } from 'vitest';
import { loopWindowsFor } from '../../src/studio';
import { repairWindows } from '../../src/core';
import { loopLayout } from '../../src/viz/loop/loopLayout';
import { loopScene, pulseTravel, sceneTravel, stepBadges } from '../../src/viz/loop/loopScene';
import { moment, polka, polkaAlone, polkaReachLands } from '../../stories/sampleDances';

const layout = loopLayout(polka, { width: 720, badges: true });
const scene = (session: typeof polkaAlone, index: number) => {
  const { reading } = moment(session, index);
  return loopScene(layout, reading, false);
};
const travel = (session: typeof polkaAlone, index: number, animate = true) => {
  const { reading, previous } = moment(session, index);
  return sceneTravel(layout, reading, previous, animate);
};

describe('loopScene', () => {
  it('is on the step the moment is on, with the pulse travelling there from the last one', () => {
    const now = scene(polkaAlone, 1);
    expect(now.current).toMatchObject({ partner: 0, id: 'perception' });
    const way = travel(polkaAlone, 1);
    expect(way).not.toBeNull();
    expect(way!.to).toBeGreaterThan(way!.from);
    expect(now.facing).toBe('away');
  });

  it('crosses to the other partner’s trigger after the last step', () => {
    expect(scene(polkaAlone, 5).current).toMatchObject({ partner: 1, id: 'trigger' });
  });

  it('with reduced motion, the pulse does not travel', () => {
    expect(travel(polkaAlone, 1, false)).toBeNull();
  });

  it('once the dance has ended it is on no step; on the repair path the partners face each other', () => {
    expect(scene(polkaAlone, -1).current).toBeNull();
    expect(scene(polkaReachLands, 9).facing).toBe('toward');
  });

  it('marks each step with its share of repairs that reconnect, and the best one', () => {
    const windows = loopWindowsFor(repairWindows(polka, { runs: 50, seed: 1, rounds: 1 }), 1);
    const badges = stepBadges(layout, windows, ['Theo', 'Maya']);
    expect(badges?.size).toBe(layout.steps.length);
    expect([...badges!.values()].filter((b) => b.best)).toHaveLength(1);
    expect(stepBadges(layout, null)).toBeNull();
    expect(stepBadges(layout, { ...windows, perStep: [] })).toBeNull();
  });

  it('pulseTravel goes on round the loop, or back when stepping back in time', () => {
    expect(pulseTravel(100, 90, 10, false)).toEqual({ from: 90, to: 110 });
    expect(pulseTravel(100, 10, 90, true)).toEqual({ from: 10, to: -10 });
    expect(pulseTravel(100, 30, 30, false)).toBeNull();
  });
});
