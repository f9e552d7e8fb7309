import { describe, expect, it } from 'vitest';
import { BILINEAR_QUADRANTS, codedScore, fitBilinear } from '../../../src/core/dynamics';
import { bilinearReference, sampleWindows } from './referenceCouple';

describe('the book’s two-phase bilinear fit', () => {
  const reference = bilinearReference();
  const fit = fitBilinear(sampleWindows());

  it('reproduces every figure dyad reports for the sample couple to 1e-6', () => {
    const scalars = [
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
    for (const name of scalars) {
      expect(Math.abs(fit[name] - reference[name]), name).toBeLessThan(1e-6);
    }
    // In fact it agrees to rounding error.
    for (const name of scalars) expect(fit[name]).toBeCloseTo(reference[name], 12);
  });

  it('finds the influenced steady state in the same quadrant, and none in the others', () => {
    expect(BILINEAR_QUADRANTS).toHaveLength(reference.wsetpoints.length);
    reference.wsetpoints.forEach((wife, i) => {
      const husband = reference.hsetpoints[i];
      if (wife === null || husband === null || husband === undefined) {
        expect(fit.wsetpoints[i]).toBeNull();
        expect(fit.hsetpoints[i]).toBeNull();
      } else {
        expect(Math.abs((fit.wsetpoints[i] ?? NaN) - wife)).toBeLessThan(1e-6);
        expect(Math.abs((fit.hsetpoints[i] ?? NaN) - husband)).toBeLessThan(1e-6);
      }
    });
    expect(BILINEAR_QUADRANTS[3]).toBe('H>0 W<0');
    expect(fit.wsetpoints[3]).toBeCloseTo(-1.81336421107596, 12);
    expect(fit.hsetpoints[3]).toBeCloseTo(1.9697060842212, 12);
  });

  it('codes 0…0.6 as neutral and rounds halves to even, as R does', () => {
    expect([0, 0.3, 0.5, 0.6].map(codedScore)).toEqual([0, 0, 0, 0]);
    expect([0.7, 4.4, 4.5, 5.5, -0.5, -1.5, -6.8, 20.1].map(codedScore)).toEqual([
      1, 4, 4, 6, 0, -2, -7, 20,
    ]);
    expect(Object.is(codedScore(-0.4), 0)).toBe(true);
  });

  it('says which partner cannot be fitted when the data has no neutral windows', () => {
    const noisy = Array.from({ length: 10 }, (_, t) => [t - 5, 3] as const);
    expect(() => fitBilinear(noisy)).toThrow(/first partner/);
  });
});
