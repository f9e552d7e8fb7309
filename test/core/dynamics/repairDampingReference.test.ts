import { describe, expect, it } from 'vitest';
import {
  SCORE_MAX,
  SCORE_MIN,
  dyadIdealQuadrantSlopes,
  dyadUninfluenced,
  fromBookFigures,
  nullcline,
  nullclineResidual,
  steadyStates,
} from '../../../src/core/dynamics';
import { iterate } from './couples';
import { repairDampingReference, sampleWindows } from './referenceCouple';

/**
 * dyad's nullcline for its repair–damping model (`rdcline.R`), written out from the package:
 * `(s·slope + a + cr·(|s−kr| − (s−kr))/(1 − (s−kr)) + cd·(|kd−s| − (kd−s))/(1 − (kd−s))) / (1 − r)`,
 * the slope by the sign of the partner's score `s`. Its damping term is `+cd·(|v| + v)/(1 + v)` with
 * `v = s − kd`: a plus sign, where the book writes a minus.
 */
function dyadNullcline(
  s: number,
  a: number,
  r: number,
  negativeSlope: number,
  positiveSlope: number,
  [kr, cr]: readonly [number, number],
  [kd, cd]: readonly [number, number],
): number {
  const slope = s < 0 ? negativeSlope : positiveSlope;
  const u = s - kr;
  const v = -s + kd;
  return (
    (s * slope + a + (cr * (Math.abs(u) - u)) / (1 - u) + (cd * (Math.abs(v) - v)) / (1 - v)) /
    (1 - r)
  );
}

describe('the reference couple’s repair–damping figures, read as dyad means them', () => {
  const reference = repairDampingReference();
  const slopes = dyadIdealQuadrantSlopes(dyadUninfluenced(sampleWindows()));
  const [wife, husband] = fromBookFigures({ ...reference, ...slopes });

  it('pair each threshold with the strength in the other partner’s equation and flip damping’s sign', () => {
    expect(wife).toMatchObject({
      negativeInfluence: slopes.lh,
      positiveInfluence: slopes.rh,
      repairThreshold: reference.krh,
      repairStrength: reference.crw,
      dampingThreshold: reference.kdh,
      dampingStrength: -reference.cdw,
    });
    expect(husband).toMatchObject({
      negativeInfluence: slopes.lw,
      positiveInfluence: slopes.rw,
      repairThreshold: reference.krw,
      repairStrength: reference.crh,
      dampingThreshold: reference.kdw,
      dampingStrength: -reference.cdh,
    });
  });

  it('make Cyclemap’s nullclines (and so its influence residuals) exactly dyad’s', () => {
    const dyadWife = (h: number): number =>
      dyadNullcline(
        h,
        reference.a,
        reference.r1,
        slopes.lh!,
        slopes.rh!,
        [reference.krh, reference.crw],
        [reference.kdh, reference.cdw],
      );
    const dyadHusband = (w: number): number =>
      dyadNullcline(
        w,
        reference.b,
        reference.r2,
        slopes.lw!,
        slopes.rw!,
        [reference.krw, reference.crh],
        [reference.kdw, reference.cdh],
      );
    let largest = 0;
    const undefinedInDyad: number[] = [];
    // Every tenth of a point on the scale but 0, where dyad's nullcline has no slope to take.
    for (let tenth = SCORE_MIN * 10; tenth <= SCORE_MAX * 10; tenth++) {
      if (tenth === 0) continue;
      const score = tenth / 10;
      for (const [ours, theirs] of [
        [nullcline(wife, score), dyadWife(score)],
        [nullcline(husband, score), dyadHusband(score)],
      ] as const) {
        // The book's fractions are 0/0 one point above kr and one below kd; dyad's formula gives
        // NaN there, influence() the term's limit, 0.
        if (Number.isNaN(theirs)) undefinedInDyad.push(score);
        else largest = Math.max(largest, Math.abs(ours - theirs));
      }
    }
    expect(largest).toBeLessThan(1e-12);
    const zeroOverZero = [
      reference.krh + 1,
      reference.krw + 1,
      reference.kdw - 1,
      reference.kdh - 1,
    ];
    expect(undefinedInDyad.length).toBeGreaterThan(0);
    for (const score of undefinedInDyad) {
      expect(zeroOverZero.some((point) => Math.abs(point - score) < 1e-9)).toBe(true);
    }
    // The old reading, damping strength = dyad's cd as printed, does not: past kd it departs.
    const [oldWife] = fromBookFigures({ ...reference, ...slopes, cdw: -reference.cdw });
    expect(Math.abs(nullcline(oldWife, 15) - dyadWife(15))).toBeGreaterThan(0.1);
  });

  it('give steady states on both nullclines, the stable ones attracting the talk', () => {
    const states = steadyStates(wife, husband);
    expect(states.length).toBeGreaterThan(0);
    for (const state of states) {
      expect(nullclineResidual(wife, husband, state.scores)).toBeLessThan(1e-12);
      if (state.kind === 'stable') {
        const [w, h] = iterate(wife, husband, state.scores, 200);
        expect(w).toBeCloseTo(state.scores[0], 9);
        expect(h).toBeCloseTo(state.scores[1], 9);
      }
    }
  });
});
