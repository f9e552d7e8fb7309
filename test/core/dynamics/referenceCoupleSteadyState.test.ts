import { describe, expect, it } from 'vitest';
import {
  fitCouple,
  fromBookFigures,
  nullclineResidual,
  steadyStates,
} from '../../../src/core/dynamics';
import { iterate } from './couples';
import { bilinearReference, sampleWindows } from './referenceCouple';

// dyad's answer for quadrant H>0 W<0: wife (our partner 0) −1.81336421107596, husband 1.9697060842212.
const WIFE = -1.81336421107596;
const HUSBAND = 1.9697060842212;

describe('the reference couple’s bilinear steady state', () => {
  it('comes out of the published parameters', () => {
    const [wife, husband] = fromBookFigures(bilinearReference());
    const states = steadyStates(wife, husband);
    expect(states).toHaveLength(1);
    expect(states[0]?.scores[0]).toBeCloseTo(WIFE, 12);
    expect(states[0]?.scores[1]).toBeCloseTo(HUSBAND, 12);
    expect(states[0]?.kind).toBe('stable');
  });

  it('comes out of our own fit of the sample conversation', () => {
    const [wife, husband] = fitCouple(sampleWindows(), { compat: 'dyad' }).partners.map(
      (partner) => partner.dynamics,
    );
    const [state, ...others] = steadyStates(wife!, husband!);
    expect(others).toEqual([]);
    expect(state?.scores[0]).toBeCloseTo(WIFE, 12);
    expect(state?.scores[1]).toBeCloseTo(HUSBAND, 12);
    expect(nullclineResidual(wife!, husband!, state!.scores)).toBeLessThan(1e-12);
  });

  it('is where the couple’s talk settles without noise, from a hostile or a warm start', () => {
    const [wife, husband] = fromBookFigures(bilinearReference());
    for (const start of [
      [-10, -10],
      [12, 8],
    ] as const) {
      const [w, h] = iterate(wife, husband, start, 400);
      expect(w).toBeCloseTo(WIFE, 9);
      expect(h).toBeCloseTo(HUSBAND, 9);
    }
  });

  it('maps the book’s names onto our partners: wife = partner 0, slopes named for whose score acts', () => {
    const reference = bilinearReference();
    const [wife, husband] = fromBookFigures(reference);
    expect(wife).toMatchObject({
      inertia: reference.r1,
      negativeInfluence: reference.lh,
      positiveInfluence: reference.rh,
    });
    expect(wife.setPoint).toBeCloseTo(reference.natw, 12);
    expect(husband).toMatchObject({
      inertia: reference.r2,
      negativeInfluence: reference.lw,
      positiveInfluence: reference.rw,
    });
    expect(husband.setPoint).toBeCloseTo(reference.nath, 12);
  });
});
