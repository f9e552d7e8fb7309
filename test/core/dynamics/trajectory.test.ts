// The noise-free trajectory the Dynamics view draws: the model's own equation from a chosen start,
// both partners at once or one after the other, clamped to the scale like the dance.
import { describe, expect, it } from 'vitest';
import {
  NEAR_REST,
  SCORE_MIN,
  nextScore,
  stepBoth,
  steadyStates,
  trajectory,
} from '../../../src/core/dynamics';
import { iterate, partner } from './couples';

describe('the noise-free trajectory', () => {
  it('both at once: each turn is the map dyad fits, from the last turn’s two scores', () => {
    const p0 = partner({ setPoint: 2, negativeInfluence: 0.4 });
    const p1 = partner({ setPoint: -3, inertia: 0.7 });
    const path = trajectory(p0, p1, [-12, 9]);
    for (let t = 1; t < path.points.length; t++) {
      const [x, y] = path.points[t - 1]!;
      expect(path.points[t]).toEqual([nextScore(p0, x, y), nextScore(p1, y, x)]);
    }
    // The same path as the dynamics tests' own stepper, turn for turn.
    expect(path.points[25]).toEqual(iterate(p0, p1, [-12, 9], 25));
  });

  it('one after the other: partner 1 answers partner 0’s new score', () => {
    const p0 = partner({ setPoint: 2, negativeInfluence: 0.4 });
    const p1 = partner({ setPoint: -3, inertia: 0.7 });
    const path = trajectory(p0, p1, [-12, 9], { update: 'sequential' });
    expect(path.update).toBe('sequential');
    for (let t = 1; t < path.points.length; t++) {
      const [x, y] = path.points[t - 1]!;
      const x1 = nextScore(p0, x, y);
      expect(path.points[t]).toEqual([x1, nextScore(p1, y, x1)]);
    }
    // The two orders part company from the first turn.
    const both = trajectory(p0, p1, [-12, 9]);
    expect(path.points[1]![0]).toBe(both.points[1]![0]);
    expect(path.points[1]![1]).not.toBe(both.points[1]![1]);
  });

  it('comes to rest on the couple’s one stable steady state, whichever the order', () => {
    const p0 = partner({ setPoint: 2 });
    const p1 = partner({ setPoint: -2 });
    const [state] = steadyStates(p0, p1);
    for (const update of ['simultaneous', 'sequential'] as const) {
      const path = trajectory(p0, p1, [-20, 20], { update });
      expect(path.ending).toBe('settles');
      const end = path.points.at(-1)!;
      expect(end[0]).toBeCloseTo(state!.scores[0], 8);
      expect(end[1]).toBeCloseTo(state!.scores[1], 8);
    }
  });

  it('says when it comes within half a point of where it rests, and stays there', () => {
    const p = partner({ setPoint: 2 });
    const path = trajectory(p, p, [-20, 20]);
    const end = path.points.at(-1)!;
    const after = path.nearRestAfter!;
    expect(after).toBeGreaterThan(0);
    const off = (point: readonly [number, number]) =>
      Math.max(Math.abs(point[0] - end[0]), Math.abs(point[1] - end[1]));
    expect(off(path.points[after - 1]!)).toBeGreaterThan(NEAR_REST);
    for (const point of path.points.slice(after)) expect(off(point)).toBeLessThanOrEqual(NEAR_REST);
  });

  it('a runaway is held at the edge of the scale, as in the dance, and says so', () => {
    const hot = partner({ setPoint: -20, negativeInfluence: 0.8, positiveInfluence: 0.8 });
    const path = trajectory(hot, hot, [10, 10]);
    expect(path.ending).toBe('edge');
    expect(path.points.at(-1)).toEqual([SCORE_MIN, SCORE_MIN]);
    for (const [x, y] of path.points) {
      expect(Math.abs(x)).toBeLessThanOrEqual(24);
      expect(Math.abs(y)).toBeLessThanOrEqual(24);
    }
  });

  it('where a talk starts decides where it ends: either side of the saddle', () => {
    const couple = partner({
      setPoint: 1,
      negativeInfluence: 0.9,
      positiveInfluence: 0.1,
      repairThreshold: -2,
      repairStrength: 1,
    });
    const warm = trajectory(couple, couple, [3, 2]).points.at(-1)!;
    const harsh = trajectory(couple, couple, [-3, -4]).points.at(-1)!;
    expect(warm[0]).toBeCloseTo(1.25, 6);
    expect(harsh[0]).toBeCloseTo(-2.25, 6);
  });

  it('reports a path that never rests as still moving', () => {
    // Negative inertia and no influence: each score flips sign every turn around its set point.
    const flip = partner({
      inertia: -0.99999,
      setPoint: 0,
      negativeInfluence: 0,
      positiveInfluence: 0,
    });
    const path = trajectory(flip, flip, [10, -10], { maxTurns: 50 });
    expect(path.ending).toBe('moving');
    expect(path.nearRestAfter).toBeNull();
    expect(path.points).toHaveLength(51);
  });

  it('starts on the scale, whatever start it is given', () => {
    const p = partner();
    expect(trajectory(p, p, [-40, 31]).points[0]).toEqual([-24, 24]);
    expect(stepBoth(p, p, [10, 0], 'sequential')).toEqual([5, 1]);
  });
});
