import { describe, expect, it } from 'vitest';
import { fitCouple, type CoupleWindow } from '../../../src/core/dynamics';
import { dyadSteadyStates } from '../../../src/core/dynamics/fitDyad';
import { quadrantSteadyStates } from '../../../src/core/dynamics/quadrantSteadyStates';

/** `[wife, husband]` windows from two columns; 0.6 is how the coding writes a neutral window. */
const couple = (wife: readonly number[], husband: readonly number[]): CoupleWindow[] =>
  wife.map((w, t) => [w, husband[t] ?? NaN] as const);

describe('compat dyad keeps dyad’s quirks (hand-made couples, worked from its R code)', () => {
  // Six windows; the husband is neutral (0.6) in windows 1, 3, 5 and 6 — the last one included.
  //   wife:    2    0.6  4    0.6  3    9
  //   husband: 0.6  3    0.6  2    0.6  0.6
  const six = couple([2, 0.6, 4, 0.6, 3, 9], [0.6, 3, 0.6, 2, 0.6, 0.6]);

  it('sums x over every neutral-partner window but x·y only to the second-to-last', () => {
    // The wife's regression, dyad's way. Count, Σx, Σx² over windows 1, 3, 5, 6:
    //   n = 4, Σx = 2 + 4 + 3 + 9 = 18, Σx² = 4 + 16 + 9 + 81 = 110.
    // Σx·y and Σy over windows 1, 3, 5 only (window 6 has no next window):
    //   Σxy = 2·0 + 4·0 + 3·9 = 27, Σy = 0 + 0 + 9 = 9.
    //   det = 4·110 − 18² = 116;  r1 = (4·27 − 18·9)/116 = −27/58;  a = (9·110 − 27·18)/116 = 126/29;
    //   natw = a/(1 − r1) = 252/85.
    // (The three real pairs alone would give r1 = 0, a = 3.)
    // The husband's: the wife is neutral in windows 2 and 4: n = 2, Σx = 3 + 2 = 5, Σx² = 13,
    //   Σxy = 3·0 + 2·0 = 0, Σy = 0: det = 1, r2 = 0, b = 0.
    const fit = fitCouple(six, { compat: 'dyad' });
    expect(fit.dyad.r1).toBeCloseTo(-27 / 58, 12);
    expect(fit.dyad.a).toBeCloseTo(126 / 29, 12);
    expect(fit.dyad.natw).toBeCloseTo(252 / 85, 12);
    expect(fit.dyad.r2).toBe(0);
    expect(fit.dyad.b).toBe(0);
    expect(fit.partners[0].dynamics.setPoint).toBeCloseTo(252 / 85, 12);
  });

  it('gives no slope to a side with 3 windows or fewer, and so no steady state', () => {
    // Windows 1…5 (the last is never an influence): the husband scores 3 and 2 (two positives,
    // no negatives); the wife 2, 4, 3 (three positives). Every side has ≤ 3 windows: all NA.
    const fit = fitCouple(six, { compat: 'dyad' });
    expect([fit.dyad.rh, fit.dyad.lh, fit.dyad.rw, fit.dyad.lw]).toEqual([null, null, null, null]);
    expect(fit.dyad.wsetpoints).toEqual([null, null, null, null]);
    expect(fit.dyad.hsetpoints).toEqual([null, null, null, null]);
    // A side without a slope runs with no influence.
    expect(fit.partners[0].dynamics.positiveInfluence).toBe(0);
  });

  it('takes score ranges over windows 1…n−1 only, and for the bilinear model one sign each', () => {
    // Bilinear: wmin = lowest negative wife score (none: R's Inf, here null), wmax = highest
    // positive of 2, 0, 4, 0, 3 = 4 — the last window's 9 is left out. hmin none, hmax = 3.
    expect(fitCouple(six, { compat: 'dyad' }).dyad).toMatchObject({
      wmin: null,
      wmax: 4,
      hmin: null,
      hmax: 3,
    });
    // Repair–damping: the plain min and max, still without the last window.
    expect(fitCouple(six, { compat: 'dyad', model: 'repair-damping' }).dyad).toMatchObject({
      wmin: 0,
      wmax: 4,
      hmin: 0,
      hmax: 3,
    });
  });

  it('counts windows, not just sums, for the more-than-3 rule: 4 windows give a slope, 3 do not', () => {
    // The husband scores −2, −3, −1 (three negatives) and 2, 3, 1, 4 (four positives) in windows
    // 1…14, neutral in between; the wife varies and scores −1 once.
    const fifteen = couple(
      [1, 2, 0.6, 3, 1, 0.6, 2, -1, 1, 2, 0.6, 1, 3, 2, 1],
      [0.6, -2, 0.6, -3, 0.6, -1, 0.6, 2, 0.6, 3, 0.6, 1, 0.6, 4, 0.6],
    );
    const fit = fitCouple(fifteen, { compat: 'dyad' });
    expect(fit.dyad.lh).toBeNull();
    expect(typeof fit.dyad.rh).toBe('number');
    expect(fit.dyad.lw).toBeNull();
    expect(typeof fit.dyad.rw).toBe('number');
    // The corrected fit uses every window it has.
    expect(typeof fitCouple(fifteen).dyad.lh).toBe('number');
  });

  it('lists a crossing in a quadrant it is not in, through the stale value it compares with', () => {
    // r1 = r2 = 0.5, every slope 0.2, b = 1, a = −0.39979, hmin −5, hmax 5. In every quadrant the
    // straight nullclines are the same, so Cramer's rule gives the same crossing each time:
    //   D = 0.25 − 0.04 = 0.21;  w = (0.2·1 − 0.39979·0.5)/0.21 = 0.0005;
    //   h = (0.2·(−0.39979) + 0.5)/0.21 = 2.0002   — it lies in H>0 W>0 only.
    // Quadrant 1 (H<0 W>0): not there, wstar keeps its start value 0; |0 − 0.0005| < 0.001: listed.
    // Quadrant 2 (H<0 W<0): the same: listed.
    // Quadrant 3 (H>0 W>0): there; wstar = a/0.5 + 0.4·2.0002 = 0.0005: listed (rightly).
    // Quadrant 4 (H>0 W<0): not there, but wstar is still 0.0005 from quadrant 3: listed.
    const figures = {
      a: -0.39979,
      r1: 0.5,
      b: 1,
      r2: 0.5,
      slopes: { rw: 0.2, lw: 0.2, rh: 0.2, lh: 0.2 },
    };
    const dyad = dyadSteadyStates({ ...figures, hmin: -5, hmax: 5 });
    for (let i = 0; i < 4; i++) {
      expect(dyad.wsetpoints[i]).toBeCloseTo(0.0005, 12);
      expect(dyad.hsetpoints[i]).toBeCloseTo(2.0002, 12);
    }
    // The corrected bookkeeping lists it once, where it is.
    const corrected = quadrantSteadyStates(figures);
    expect(corrected.wsetpoints.map((w) => w !== null)).toEqual([false, false, true, false]);
  });

  it('stops, instead of printing dyad’s −99 figures, when a partner is never neutral', () => {
    // The husband is never neutral, so the wife's uninfluenced sums are empty: det = 0.
    const busy = couple([1, 2, 0.6, 3, 1, 2], [-1, 2, -3, 1, 2, -2]);
    expect(() => fitCouple(busy, { compat: 'dyad' })).toThrow(
      new RangeError(
        "Partner 1's inertia cannot be fitted: it needs windows after a neutral partner in which their own score differs (dyad would print −99 here).",
      ),
    );
  });
});
