import { describe, expect, it } from 'vitest';
import {
  dampingTerm,
  dyadIdealQuadrantSlopes,
  dyadUninfluenced,
  fitCouple,
  fromBookFigures,
  influence,
  repairTerm,
  type BookFigures,
  type CoupleFit,
  type ModelParameters,
} from '../../../src/core/dynamics';
import { fitLeastSquares } from '../../../src/core/dynamics/fitLeastSquares';
import type { PartnerEquation } from '../../../src/core/dynamics/partnerEquation';
import { draws, simulateWindows } from './couples';
import { repairDampingReference, sampleWindows } from './referenceCouple';

const sse = (equation: PartnerEquation, p: ModelParameters): number => {
  let total = 0;
  equation.other.forEach((x, i) => {
    total += ((equation.residual[i] ?? 0) - influence(p, x)) ** 2;
  });
  return total;
};

/**
 * The least error any threshold on a 0.01 grid reaches on one side, the slope and strength solved
 * exactly for each (2 × 2 least squares): a brute-force check that the fit's search finds the optimum.
 */
function bruteForceSide(equation: PartnerEquation, side: 'repair' | 'damping'): number {
  const points: [number, number][] = [];
  equation.other.forEach((x, i) => {
    if (side === 'repair' ? x < 0 : x > 0) points.push([x, equation.residual[i] ?? 0]);
  });
  const extreme = Math.max(...points.map(([x]) => Math.abs(x)));
  let best = Infinity;
  for (let step = 0; step <= extreme * 100; step++) {
    const k = side === 'repair' ? -step / 100 : step / 100;
    const g = (x: number): number =>
      side === 'repair'
        ? repairTerm({ repairThreshold: k, repairStrength: 1 }, x)
        : dampingTerm({ dampingThreshold: k, dampingStrength: 1 }, x);
    let [sxx, sxg, sgg, sxe, sge, see] = [0, 0, 0, 0, 0, 0];
    for (const [x, e] of points) {
      sxx += x * x;
      sxg += x * g(x);
      sgg += g(x) ** 2;
      sxe += x * e;
      sge += g(x) * e;
      see += e * e;
    }
    const det = sxx * sgg - sxg * sxg;
    const error =
      det > 1e-9 * sxx * sgg
        ? see - ((sxe * sgg - sge * sxg) / det) * sxe - ((sge * sxx - sxe * sxg) / det) * sge
        : see - (sxe * sxe) / sxx;
    best = Math.min(best, error);
  }
  return best;
}

function sideError(
  equation: PartnerEquation,
  p: ModelParameters,
  side: 'repair' | 'damping',
): number {
  let total = 0;
  equation.other.forEach((x, i) => {
    if (side === 'repair' ? x < 0 : x > 0)
      total += ((equation.residual[i] ?? 0) - influence(p, x)) ** 2;
  });
  return total;
}

describe('the repair–damping fit', () => {
  const windows = sampleWindows();
  const fit = fitCouple(windows, { model: 'repair-damping', compat: 'dyad' });
  const bilinear = fitCouple(windows, { compat: 'dyad' });

  it('keeps dyad’s uninfluenced figures with compat dyad', () => {
    const reference = repairDampingReference();
    for (const name of ['r1', 'a', 'natw', 'r2', 'b', 'nath'] as const) {
      expect(Math.abs((fit.dyad[name] as number) - reference[name]), name).toBeLessThan(1e-6);
    }
  });

  it('leaves no more error than dyad’s own repair–damping figures, nor than the bilinear fit', () => {
    const reference = repairDampingReference();
    const base = dyadUninfluenced(windows);
    const [wife, husband] = fromBookFigures({ ...reference, ...dyadIdealQuadrantSlopes(base) });
    const dyadSse = [sse(base.equations[0], wife), sse(base.equations[1], husband)];
    expect(fit.sse[0]).toBeLessThanOrEqual(dyadSse[0]!);
    expect(fit.sse[1]).toBeLessThanOrEqual(dyadSse[1]!);
    expect(fit.sse[0]).toBeLessThanOrEqual(bilinear.sse[0]);
    expect(fit.sse[1]).toBeLessThanOrEqual(bilinear.sse[1]);
    // The reported error is the error of the reported partners.
    expect(fit.sse[0]).toBeCloseTo(sse(base.equations[0], fit.partners[0].dynamics), 9);
  });

  it('finds thresholds no trial threshold on a 0.01 grid can beat, on every side', () => {
    const cases: [CoupleFit, readonly [PartnerEquation, PartnerEquation]][] = [
      [fit, dyadUninfluenced(windows).equations],
      [fitCouple(windows, { model: 'repair-damping' }), fitLeastSquares(windows).equations],
    ];
    for (const [found, equations] of cases) {
      equations.forEach((equation, i) => {
        for (const side of ['repair', 'damping'] as const) {
          const ours = sideError(equation, found.partners[i]!.dynamics, side);
          expect(ours, `${found.compat} ${i} ${side}`).toBeLessThanOrEqual(
            bruteForceSide(equation, side) + 1e-9,
          );
        }
      });
    }
  });

  it('prints dyad’s names in dyad’s sign for damping, the book’s in the partners', () => {
    const [wife, husband] = fit.partners.map((partner) => partner.dynamics);
    expect(fit.dyad).toMatchObject({
      lh: wife!.negativeInfluence,
      rh: wife!.positiveInfluence,
      krh: wife!.repairThreshold,
      crw: wife!.repairStrength,
      kdh: wife!.dampingThreshold,
      cdw: -wife!.dampingStrength,
      lw: husband!.negativeInfluence,
      rw: husband!.positiveInfluence,
      krw: husband!.repairThreshold,
      crh: husband!.repairStrength,
      kdw: husband!.dampingThreshold,
      cdh: -husband!.dampingStrength,
    });
    // Reading the printed figures back gives the same partners.
    expect(fromBookFigures(fit.dyad as unknown as BookFigures)).toEqual([wife, husband]);
    // Thresholds stay on their own side of 0, so a neutral partner has no influence.
    for (const partner of [wife!, husband!]) {
      expect(partner.repairThreshold).toBeLessThanOrEqual(0);
      expect(partner.dampingThreshold).toBeGreaterThanOrEqual(0);
      expect(influence(partner, 0)).toBe(0);
    }
  });

  it('never leaves more error than the bilinear fit, on random couples (seeded)', () => {
    const next = draws(11);
    let compared = 0;
    for (let i = 0; i < 60; i++) {
      const partner = (): ModelParameters => ({
        inertia: next.uniform(0, 0.8),
        setPoint: next.uniform(-3, 3),
        negativeInfluence: next.uniform(-0.5, 0.8),
        positiveInfluence: next.uniform(-0.5, 0.8),
        repairThreshold: next.uniform(-8, 0),
        repairStrength: next.uniform(-2, 4),
        dampingThreshold: next.uniform(0, 8),
        dampingStrength: next.uniform(-2, 4),
      });
      const noise = next.uniform(0.5, 3);
      const talk = simulateWindows(
        partner(),
        partner(),
        [next.uniform(-10, 10), next.uniform(-10, 10)],
        150,
        () => noise * next.normal(),
      );
      for (const compat of [undefined, 'dyad'] as const) {
        let plain: CoupleFit;
        try {
          plain = fitCouple(talk, { compat });
        } catch (error) {
          // A talk without neutral windows cannot be fitted dyad's way.
          expect(error).toBeInstanceOf(RangeError);
          continue;
        }
        const rd = fitCouple(talk, { compat, model: 'repair-damping' });
        expect(rd.sse[0]).toBeLessThanOrEqual(plain.sse[0]);
        expect(rd.sse[1]).toBeLessThanOrEqual(plain.sse[1]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(80);
  });

  it('leaves a side without windows without slope or term', () => {
    // The husband (partner 2) never scores below 0: nothing to repair in the wife's equation.
    const next = draws(3);
    const talk = Array.from(
      { length: 60 },
      (_, t) =>
        [
          Math.round(next.uniform(-6, 6)),
          t % 2 === 0 ? 0.6 : Math.round(next.uniform(1, 8)),
        ] as const,
    );
    const rd = fitCouple(talk, { model: 'repair-damping' });
    expect(rd.dyad).toMatchObject({ lh: null, krh: null, crw: null });
    expect(rd.partners[0].dynamics).toMatchObject({
      negativeInfluence: 0,
      repairThreshold: -24,
      repairStrength: 0,
    });
  });
});
