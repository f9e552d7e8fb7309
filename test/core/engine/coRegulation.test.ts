/**
 * Co-regulation you can see (issue 9): with a therapist in the room, over seeds 1–20 of the
 * Protest Polka, the median turn of the first flooding (the first turn either partner is flooded)
 * comes at least 1.5 times later than without — and flooding still happens: the therapist slows
 * the dance, not switches the body off. A seed that never floods counts as the talk's length.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type CycleMap, type Trace } from '../../../src/core';
import { model } from './models';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

/** The turn of the first frame with either partner flooded; the talk's length if none. */
function firstFlooding(map: CycleMap, trace: Trace): number {
  return trace.frames.find((f) => f.partners.some((p) => p.flooded))?.turn ?? map.simulation.turns;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function firstFloodings(id: string, therapistPresent: boolean): number[] {
  const map = model(id);
  return SEEDS.map((seed) => firstFlooding(map, simulate(map, { seed, therapistPresent })));
}

describe('a therapist in the room slows escalation and flooding', () => {
  const talk = model('protest-polka').simulation.turns;
  const alone = firstFloodings('protest-polka', false);
  const withTherapist = firstFloodings('protest-polka', true);

  it('puts the Protest Polka’s median first flooding at least 1.5× later over seeds 1–20', () => {
    expect(median(withTherapist) / median(alone)).toBeGreaterThanOrEqual(1.5);
  });

  it('still lets the Polka flood: most seeds do, only later — co-regulation is not a switch', () => {
    const flooding = withTherapist.filter((turn) => turn < talk);
    expect(flooding.length).toBeGreaterThanOrEqual(SEEDS.length / 2);
    // The median is a real flooding turn, not the talk's length standing in for "never".
    expect(median(withTherapist)).toBeLessThan(talk);
  });

  it('delays the first flooding seed by seed, and never brings it earlier', () => {
    withTherapist.forEach((turn, i) => expect(turn).toBeGreaterThanOrEqual(alone[i]!));
    expect(withTherapist.filter((turn, i) => turn > alone[i]!).length).toBe(SEEDS.length);
  });

  it('slows Find the Bad Guy too, the fastest dance', () => {
    const hot = firstFloodings('find-the-bad-guy', false);
    const calmer = firstFloodings('find-the-bad-guy', true);
    expect(median(calmer) / median(hot)).toBeGreaterThanOrEqual(1.5);
  });

  it('leaves hearts racing less: the Polka’s peak heart rate falls with the therapist', () => {
    const map = model('protest-polka');
    const peak = (therapistPresent: boolean) =>
      median(
        SEEDS.map((seed) =>
          Math.max(
            ...simulate(map, { seed, therapistPresent }).frames.flatMap((f) =>
              f.partners.map((p) => p.heartRate),
            ),
          ),
        ),
      );
    expect(peak(false) - peak(true)).toBeGreaterThan(15);
  });
});
