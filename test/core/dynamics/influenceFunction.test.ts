import { describe, expect, it } from 'vitest';
import {
  bilinearInfluence,
  dampingTerm,
  influence,
  influenceSlope,
  repairTerm,
} from '../../../src/core/dynamics';

const base = {
  negativeInfluence: 0.3,
  positiveInfluence: 0.2,
  repairThreshold: -2,
  repairStrength: 2,
  dampingThreshold: 4,
  dampingStrength: 1,
};

describe('the influence function', () => {
  it('uses one slope for the other’s negative scores and another from zero up', () => {
    expect(bilinearInfluence(base, -5)).toBeCloseTo(-1.5, 15);
    expect(bilinearInfluence(base, 5)).toBeCloseTo(1, 15);
    expect(bilinearInfluence(base, 0)).toBe(0);
  });

  it('adds nothing from repair or damping between the thresholds, so I(0) = 0 when kr ≤ 0 ≤ kd', () => {
    for (const x of [-2, -1, 0, 1, 3, 4]) {
      expect(repairTerm(base, x)).toBe(0);
      expect(dampingTerm(base, x)).toBe(0);
    }
    expect(influence(base, 0)).toBe(0);
  });

  it('lets repair rise towards 2·cr as the other’s score falls below the threshold', () => {
    // u = x − kr; repair = cr·(|u| − u)/(1 − u) = cr·2|u|/(1 + |u|).
    expect(repairTerm(base, -3)).toBeCloseTo(2, 15); // u = −1: 2·2/2
    expect(repairTerm(base, -5)).toBeCloseTo(3, 15); // u = −3: 2·6/4
    expect(repairTerm(base, -24)).toBeCloseTo((2 * 2 * 22) / 23, 15);
    expect(repairTerm(base, -1e9)).toBeLessThan(4);
    expect(repairTerm(base, -1e9)).toBeGreaterThan(3.999);
    expect(influence(base, -3)).toBeCloseTo(0.3 * -3 + 2, 15);
  });

  it('damps the other’s high scores, tending to −2·cd', () => {
    // v = x − kd; damping = −cd·(|v| + v)/(1 + v) = −cd·2v/(1 + v).
    expect(dampingTerm(base, 5)).toBeCloseTo(-1, 15); // v = 1
    expect(dampingTerm(base, 7)).toBeCloseTo(-1.5, 15); // v = 3
    expect(influence(base, 7)).toBeCloseTo(0.2 * 7 - 1.5, 15);
    // A negative strength, as fitted couples can have, turns damping into a push upwards.
    expect(dampingTerm({ dampingThreshold: 4, dampingStrength: -1 }, 5)).toBeCloseTo(1, 15);
  });

  it('is finite where the formulas as written would divide 0 by 0', () => {
    expect(repairTerm(base, base.repairThreshold + 1)).toBe(0);
    expect(dampingTerm(base, base.dampingThreshold - 1)).toBe(0);
  });

  it('reports I(0) ≠ 0 when a threshold lies across zero, exactly as the formula says', () => {
    const early = { ...base, repairThreshold: 1 };
    expect(influence(early, 0)).toBeCloseTo((2 * 2 * 1) / 2, 15);
  });

  it('has the slope of its formula between corners, and the right-hand slope at a corner', () => {
    for (const x of [-10, -3, -1, 2, 5, 9]) {
      const h = 1e-6;
      const numeric = (influence(base, x + h) - influence(base, x - h)) / (2 * h);
      expect(influenceSlope(base, x)).toBeCloseTo(numeric, 6);
    }
    expect(influenceSlope(base, 0)).toBe(0.2); // positive side
    expect(influenceSlope(base, -2)).toBe(0.3); // repair is off from kr upwards
    expect(influenceSlope(base, 4)).toBeCloseTo(0.2 - 2, 15); // damping is on from kd upwards
  });
});
