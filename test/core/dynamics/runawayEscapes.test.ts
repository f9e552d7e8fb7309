import { describe, expect, it } from 'vitest';
import { SCORE_MIN, steadyStates } from '../../../src/core/dynamics';
import { iterate, partner } from './couples';

describe('a runaway couple', () => {
  // Set point −20 (a = −10) and slope 0.8 both ways: the only crossing solves
  // 0.5·P = −10 + 0.8·P on the diagonal, P = 33.3…, off the scale.
  const hot = partner({ setPoint: -20, negativeInfluence: 0.8, positiveInfluence: 0.8 });

  it('has no steady state on the −24…+24 scale', () => {
    expect(steadyStates(hot, hot)).toEqual([]);
  });

  it('escapes to the bottom of the scale and stays there', () => {
    expect(iterate(hot, hot, [0, 0], 100)).toEqual([SCORE_MIN, SCORE_MIN]);
    expect(iterate(hot, hot, [20, 20], 100)).toEqual([SCORE_MIN, SCORE_MIN]);
  });

  it('reports the unstable origin of a couple that amplifies each other without a set point', () => {
    const amplifying = partner({ negativeInfluence: 0.8, positiveInfluence: 0.8 });
    // λ = 0.5 ± 0.8: 1.3 and −0.3, a saddle, and every other start runs to an end of the scale.
    expect(steadyStates(amplifying, amplifying)).toMatchObject([
      { scores: [0, 0], kind: 'saddle' },
    ]);
    expect(iterate(amplifying, amplifying, [0.1, 0.1], 100)).toEqual([24, 24]);
    expect(iterate(amplifying, amplifying, [-0.1, -0.1], 100)).toEqual([-24, -24]);
  });
});
