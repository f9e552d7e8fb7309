import { describe, expect, it } from 'vitest';
import {
  fitBilinear,
  fromBookFigures,
  nullclineResidual,
  steadyStates,
  type ModelParameters,
} from '../../../src/core/dynamics';
import { iterate } from './couples';
import { repairDampingReference, sampleWindows } from './referenceCouple';

describe('the reference couple’s repair–damping parameters', () => {
  const reference = repairDampingReference();
  const [wife, husband] = fromBookFigures(reference);

  it('read the thresholds on the husband’s score (krh, kdh) into the wife’s influence', () => {
    expect(wife).toMatchObject({
      repairThreshold: reference.krh,
      repairStrength: reference.crw,
      dampingThreshold: reference.kdh,
      dampingStrength: reference.cdw,
    });
    expect(husband).toMatchObject({
      repairThreshold: reference.krw,
      repairStrength: reference.crh,
      dampingThreshold: reference.kdw,
      dampingStrength: reference.cdh,
    });
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

  it('also give exact steady states with the fitted bilinear slopes added, and under the other naming', () => {
    const slopes = fitBilinear(sampleWindows());
    const couples: (readonly [ModelParameters, ModelParameters])[] = [
      fromBookFigures({ ...reference, rh: slopes.rh, lh: slopes.lh, rw: slopes.rw, lw: slopes.lw }),
      // The alternative reading, every figure named for whose score it reads (krh with crh).
      fromBookFigures({
        ...reference,
        crw: reference.crh,
        crh: reference.crw,
        cdw: reference.cdh,
        cdh: reference.cdw,
      }),
    ];
    for (const [p0, p1] of couples) {
      const states = steadyStates(p0, p1);
      expect(states.length).toBeGreaterThan(0);
      for (const state of states)
        expect(nullclineResidual(p0, p1, state.scores)).toBeLessThan(1e-9);
    }
  });
});
