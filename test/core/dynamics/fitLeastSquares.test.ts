import { describe, expect, it } from 'vitest';
import {
  NO_REPAIR_OR_DAMPING,
  SCORE_MAX,
  fitCouple,
  type CoupleWindow,
  type ModelParameters,
} from '../../../src/core/dynamics';
import { draws, simulateWindows } from './couples';
import { sampleWindows } from './referenceCouple';

const FIGURES = ['inertia', 'setPoint', 'negativeInfluence', 'positiveInfluence'] as const;

/**
 * A random bilinear couple and 150 noise-free windows from it, or undefined when the talk says too
 * little to fit: a partner who never scores on one side (twice at least) cannot show that side's
 * slope, a score in the neutral band 0…0.6 is read as neutral 0 (not what the model saw), and a
 * score held at the end of the scale by the clamp is not the model's line.
 */
function informativeCouple(
  next: ReturnType<typeof draws>,
): { couple: readonly [ModelParameters, ModelParameters]; windows: CoupleWindow[] } | undefined {
  const partner = (): ModelParameters => ({
    inertia: next.uniform(-0.8, 0.9),
    setPoint: next.uniform(-6, 6),
    negativeInfluence: next.uniform(-0.8, 0.8),
    positiveInfluence: next.uniform(-0.8, 0.8),
    ...NO_REPAIR_OR_DAMPING,
  });
  const couple = [partner(), partner()] as const;
  const windows = simulateWindows(
    couple[0],
    couple[1],
    [next.uniform(-20, 20), next.uniform(-20, 20)],
    150,
  );
  const scores = windows.flat();
  if (scores.some((x) => Math.abs(x) >= SCORE_MAX || (x >= 0 && x <= 0.6))) return undefined;
  for (const other of [1, 0]) {
    const influencing = windows.slice(0, -1).map((window) => window[other]!);
    if (influencing.filter((x) => x < 0).length < 2) return undefined;
    if (influencing.filter((x) => x > 0).length < 2) return undefined;
  }
  return { couple, windows };
}

describe('the corrected least-squares bilinear fit (default)', () => {
  it('gives back the parameters of noise-free conversations simulated from them, to 1e-6', () => {
    const next = draws(2024);
    let tested = 0;
    let worst = 0;
    for (let attempt = 0; attempt < 20_000 && tested < 150; attempt++) {
      const drawn = informativeCouple(next);
      if (drawn === undefined) continue;
      tested++;
      const fit = fitCouple(drawn.windows);
      fit.partners.forEach((partner, i) => {
        for (const figure of FIGURES) {
          worst = Math.max(worst, Math.abs(partner.dynamics[figure] - drawn.couple[i]![figure]));
        }
        expect(partner.dynamics).toMatchObject(NO_REPAIR_OR_DAMPING);
      });
      // A model that fits exactly leaves no error.
      expect(fit.sse[0]).toBeLessThan(1e-12);
      expect(fit.sse[1]).toBeLessThan(1e-12);
    }
    expect(tested).toBe(150);
    expect(worst).toBeLessThan(1e-6);
  });

  it('needs no neutral windows, where dyad’s two-phase fit cannot start', () => {
    const next = draws(7);
    const p0: ModelParameters = {
      ...NO_REPAIR_OR_DAMPING,
      inertia: 0.6,
      setPoint: -3,
      negativeInfluence: 0.3,
      positiveInfluence: 0.1,
    };
    const p1: ModelParameters = {
      ...NO_REPAIR_OR_DAMPING,
      inertia: 0.4,
      setPoint: 2,
      negativeInfluence: -0.2,
      positiveInfluence: 0.25,
    };
    // Nudged out of the neutral band (and away from what dyad rounds into it): no window is neutral.
    const awake = (x: number): number => (x >= -0.5 && x <= 0.6 ? -0.6 : x);
    const windows = simulateWindows(p0, p1, [-10, 12], 150, () => next.normal()).map(
      ([a, b]) => [awake(a), awake(b)] as const,
    );
    expect(() => fitCouple(windows, { compat: 'dyad' })).toThrow(RangeError);
    const fit = fitCouple(windows);
    // With noise of one point per window the inertias come out close to the truth.
    expect(fit.partners[0].dynamics.inertia).toBeCloseTo(0.6, 1);
    expect(fit.partners[1].dynamics.inertia).toBeCloseTo(0.4, 1);
  });

  it('reads scores to the decimal (dyad rounds them) and ranges over every window', () => {
    const fit = fitCouple(sampleWindows());
    const compat = fitCouple(sampleWindows(), { compat: 'dyad' });
    // The sample's lowest wife score is −6.8; dyad reads it as −7.
    expect(fit.dyad.wmin).toBe(-6.8);
    expect(compat.dyad.wmin).toBe(-7);
    // Its highest husband score, 20.1, dyad reads as 20.
    expect(fit.dyad.hmax).toBe(20.1);
    expect(compat.dyad.hmax).toBe(20);
  });

  it('leaves less squared error than dyad’s figures on the sample couple, in both equations', () => {
    const fit = fitCouple(sampleWindows());
    const compat = fitCouple(sampleWindows(), { compat: 'dyad' });
    expect(fit.sse[0]).toBeLessThan(compat.sse[0]);
    expect(fit.sse[1]).toBeLessThan(compat.sse[1]);
  });

  it('says in one sentence which partner cannot be fitted, and why', () => {
    const flat: CoupleWindow[] = Array.from({ length: 20 }, (_, t) => [
      3,
      t % 3 === 0 ? 0.6 : t - 8,
    ]);
    expect(() => fitCouple(flat)).toThrow(
      new RangeError(
        "Partner 1's inertia cannot be fitted: their score needs to vary from window to window, and not only in step with their partner's.",
      ),
    );
    expect(() => fitCouple(flat.slice(0, 3))).toThrow(
      new RangeError(
        'A fit needs at least 5 windows of scores (a 15-minute talk has 150), but this conversation has 3.',
      ),
    );
  });
});
