import { describe, expect, it } from 'vitest';
import { SCORE_MAX, SCORE_MIN, nextScore, uninfluencedIntercept } from '../../../src/core/dynamics';
import { partner } from './couples';

describe('one turn of the map', () => {
  it('is a + inertia·own + I(other) + noise, with a = setPoint·(1 − inertia)', () => {
    const self = partner({
      inertia: 0.6,
      setPoint: -2,
      negativeInfluence: 0.4,
      positiveInfluence: 0.1,
    });
    expect(uninfluencedIntercept(self)).toBeCloseTo(-0.8, 15);
    expect(nextScore(self, 5, -3)).toBeCloseTo(-0.8 + 3 - 1.2, 14);
    expect(nextScore(self, 5, 10, 0.5)).toBeCloseTo(-0.8 + 3 + 1 + 0.5, 14);
  });

  it('leaves a partner alone at the set point when the other is neutral', () => {
    const self = partner({ inertia: 0.7, setPoint: -3 });
    expect(nextScore(self, -3, 0)).toBeCloseTo(-3, 14);
  });

  it('clamps runaway scores to the −24…+24 scale', () => {
    const hot = partner({ inertia: 0.9, setPoint: -10, negativeInfluence: 1.5 });
    expect(nextScore(hot, -24, -24)).toBe(SCORE_MIN);
    expect(nextScore(hot, -20, 0, -30)).toBe(SCORE_MIN);
    expect(nextScore(partner({ positiveInfluence: 2 }), 24, 24)).toBe(SCORE_MAX);
    expect(nextScore(partner(), 0, 0, 99)).toBe(SCORE_MAX);
  });
});
