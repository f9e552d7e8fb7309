import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileMachine, defaultDynamics, repairWindows, type CycleMap } from '../../../src/core';
import { MODEL_IDS, model } from './models';
import { playWindow } from './playWindow';

const event = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ type: 'TICK' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('REPAIR' as const),
      by: fc.constantFrom(0 as const, 1 as const),
      kind: fc.constantFrom(
        'softReach',
        'selfSoothingBreak',
        'areResponse',
        'nameTheCycle',
        'tea-truce',
        'nonsense',
      ),
    }),
  },
);

/** A built-in model with its partners' dynamics scattered across the ranges a map may hold. */
const anyCouple = fc
  .record({
    id: fc.constantFrom(...MODEL_IDS),
    inertia: fc.tuple(
      fc.double({ min: -0.95, max: 0.95, noNaN: true }),
      fc.double({ min: -0.95, max: 0.95, noNaN: true }),
    ),
    slope: fc.tuple(
      fc.double({ min: -1, max: 1, noNaN: true }),
      fc.double({ min: -1, max: 1, noNaN: true }),
    ),
    noise: fc.double({ min: 0, max: 8, noNaN: true }),
  })
  .map(({ id, inertia, slope, noise }): CycleMap => {
    const map = model(id);
    const partners = map.partners.map((p, i) => ({
      ...p,
      dynamics: {
        ...defaultDynamics(p.position, p.attachment),
        inertia: inertia[i]!,
        negativeInfluence: slope[i]!,
      },
    })) as unknown as CycleMap['partners'];
    return { ...map, partners, simulation: { ...map.simulation, noise } };
  });

describe('the statechart under any event script (properties)', () => {
  it('keeps scores on the scale and heart rates real, and is never stuck', () => {
    fc.assert(
      fc.property(anyCouple, fc.array(event, { maxLength: 120 }), fc.nat(), (map, events, seed) => {
        const actor = createActor(compileMachine(map), { input: { seed } }).start();
        for (const e of events) {
          const before = actor.getSnapshot();
          actor.send(e);
          const after = actor.getSnapshot();
          for (const p of after.context.partners) {
            expect(p.score).toBeGreaterThanOrEqual(-24);
            expect(p.score).toBeLessThanOrEqual(24);
            expect(Number.isFinite(p.heartRate)).toBe(true);
            expect(p.heartRate).toBeLessThanOrEqual(200);
          }
          // Not stuck: while the dance goes on, every TICK moves the clock on.
          if (e.type === 'TICK' && before.status === 'active')
            expect(after.context.turn).toBe(before.context.turn + 1);
        }
        actor.stop();
      }),
      { numRuns: 150 },
    );
  });
});

describe('the repair-window fast path agrees with the statechart (properties)', () => {
  it('gives exactly the chart’s outcome and turn for any couple, seed, step, maker and repair', () => {
    fc.assert(
      fc.property(anyCouple, fc.nat(), fc.nat(), fc.nat(), (map, seed, pick, therapist) => {
        const therapistPresent = therapist % 3 === 0;
        // One run per cell: success 1 or 0, and the turn it reconnects at.
        const { windows } = repairWindows(map, { runs: 1, seed, therapistPresent });
        const window = windows[pick % windows.length]!;
        const end = playWindow(map, seed, 0, window, therapistPresent);
        expect(window.successRate).toBe(end.reconnected ? 1 : 0);
        expect(window.meanTurnsToReconnect).toBe(end.reconnected ? end.turn : null);
      }),
      { numRuns: 300 },
    );
  });
});
