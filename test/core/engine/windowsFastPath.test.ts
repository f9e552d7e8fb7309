/**
 * The allocation-free path of the repair windows (issue 12) gives exactly the figures of the path
 * it replaced, kept in `referenceWindows.ts`: every window, every built-in map, with and without a
 * therapist, and for maps whose dynamics are scattered across their ranges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairWindows, type CycleMap } from '../../../src/core';
import { MODEL_IDS, model } from './models';
import { referenceRepairWindows } from './referenceWindows';

describe('the fast path of the repair windows', () => {
  for (const id of MODEL_IDS) {
    it(`gives exactly the reference figures for ${id}, alone and with a therapist`, () => {
      const map = model(id);
      for (const therapistPresent of [false, true]) {
        const options = { runs: 120, seed: 5, therapistPresent };
        expect(repairWindows(map, options)).toEqual(referenceRepairWindows(map, options));
      }
    });
  }

  it('gives exactly the reference figures for the default 1000 runs of the Protest Polka', () => {
    const map = model('protest-polka');
    expect(repairWindows(map, { runs: 1000, seed: 1 })).toEqual(
      referenceRepairWindows(map, { runs: 1000, seed: 1 }),
    );
  }, 30_000);

  it('gives exactly the reference figures for scattered dynamics, longer breaks and other rounds', () => {
    const couple = fc.record({
      id: fc.constantFrom(...MODEL_IDS),
      inertia: fc.double({ min: -0.95, max: 0.95, noNaN: true }),
      negativeInfluence: fc.double({ min: 0, max: 1.5, noNaN: true }),
      repairStrength: fc.double({ min: 0, max: 6, noNaN: true }),
      dampingStrength: fc.double({ min: 0, max: 6, noNaN: true }),
      heartRateReactivity: fc.double({ min: 0, max: 3, noNaN: true }),
      breakMinutes: fc.integer({ min: 20, max: 90 }),
      noise: fc.double({ min: 0, max: 8, noNaN: true }),
      rounds: fc.integer({ min: 1, max: 4 }),
      seed: fc.nat(),
      therapistPresent: fc.boolean(),
    });
    fc.assert(
      fc.property(
        couple,
        ({ id, rounds, seed, therapistPresent, breakMinutes, noise, ...dynamics }) => {
          const base = model(id);
          const map: CycleMap = {
            ...base,
            partners: [
              base.partners[0],
              { ...base.partners[1], dynamics: { ...base.partners[1].dynamics, ...dynamics } },
            ],
            simulation: {
              ...base.simulation,
              noise,
              repair: { ...base.simulation.repair, breakMinutes },
            },
          };
          const options = { runs: 8, seed, rounds, therapistPresent };
          expect(repairWindows(map, options)).toEqual(referenceRepairWindows(map, options));
        },
      ),
      { numRuns: 60 },
    );
  });
});
