import { describe, expect, it } from 'vitest';
import {
  BILINEAR_QUADRANTS,
  codedScore,
  fitCouple,
  steadyStates,
} from '../../../src/core/dynamics';
import { bilinearReference, sampleWindows } from './referenceCouple';

const SCALARS = [
  'r1',
  'a',
  'natw',
  'wmin',
  'wmax',
  'r2',
  'b',
  'nath',
  'hmin',
  'hmax',
  'rw',
  'lw',
  'rh',
  'lh',
] as const;

describe('fitCouple with compat dyad on the sample couple', () => {
  const reference = bilinearReference();
  const fit = fitCouple(sampleWindows(), { compat: 'dyad' });

  it('reproduces every figure dyad reports to 1e-6, under dyad’s names', () => {
    expect(fit).toMatchObject({ model: 'bilinear', compat: 'dyad', windows: 150 });
    for (const name of SCALARS) {
      expect(Math.abs((fit.dyad[name] as number) - reference[name]), name).toBeLessThan(1e-6);
    }
    expect(Object.keys(fit.dyad)).toEqual([...SCALARS, 'hsetpoints', 'wsetpoints']);
  });

  it('finds the influenced steady state in the same quadrant, and none in the others', () => {
    expect(BILINEAR_QUADRANTS).toHaveLength(reference.wsetpoints.length);
    expect(BILINEAR_QUADRANTS[3]).toBe('H>0 W<0');
    for (const key of ['wsetpoints', 'hsetpoints'] as const) {
      const mine = fit.dyad[key] as readonly (number | null)[];
      reference[key].forEach((value, i) => {
        if (value === null) expect(mine[i], `${key}[${i}]`).toBeNull();
        else expect(Math.abs((mine[i] ?? NaN) - value), `${key}[${i}]`).toBeLessThan(1e-6);
      });
    }
  });

  it('gives partners whose steady state, by Cyclemap’s own solver, is dyad’s', () => {
    const [wife, husband] = fit.partners.map((partner) => partner.dynamics);
    const states = steadyStates(wife!, husband!);
    expect(states).toHaveLength(1);
    expect(Math.abs(states[0]!.scores[0] - reference.wsetpoints[3]!)).toBeLessThan(1e-6);
    expect(Math.abs(states[0]!.scores[1] - reference.hsetpoints[3]!)).toBeLessThan(1e-6);
    expect(states[0]!.kind).toBe('stable');
    expect(wife).toMatchObject({
      inertia: fit.dyad.r1,
      negativeInfluence: fit.dyad.lh,
      positiveInfluence: fit.dyad.rh,
      repairStrength: 0,
      dampingStrength: 0,
    });
  });

  it('reports each equation’s squared error over the windows with a non-neutral partner', () => {
    // dyad's own residuals, rebuilt from its printed figures: w[t+1] − r1·w[t] − a − I(h[t]).
    const coded = sampleWindows().map(([w, h]) => [codedScore(w), codedScore(h)] as const);
    const sse = [0, 0];
    for (let t = 0; t + 1 < coded.length; t++) {
      const [w, h] = coded[t]!;
      const [w1, h1] = coded[t + 1]!;
      if (h !== 0) {
        const e = w1 - reference.r1 * w - reference.a - (h < 0 ? reference.lh : reference.rh) * h;
        sse[0]! += e * e;
      }
      if (w !== 0) {
        const e = h1 - reference.r2 * h - reference.b - (w < 0 ? reference.lw : reference.rw) * w;
        sse[1]! += e * e;
      }
    }
    expect(fit.sse[0]).toBeCloseTo(sse[0]!, 6);
    expect(fit.sse[1]).toBeCloseTo(sse[1]!, 6);
  });

  it('codes 0…0.6 as neutral and rounds halves to even, as R does', () => {
    expect([0, 0.3, 0.5, 0.6].map(codedScore)).toEqual([0, 0, 0, 0]);
    expect([0.7, 4.4, 4.5, 5.5, -0.5, -1.5, -6.8, 20.1].map(codedScore)).toEqual([
      1, 4, 4, 6, 0, -2, -7, 20,
    ]);
    expect(Object.is(codedScore(-0.4), 0)).toBe(true);
  });
});
