import { describe, expect, it } from 'vitest';
import { simulate, type Trace } from '../../../src/core';
import { model } from './models';

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

function runs(id: string): Trace[] {
  const map = model(id);
  return SEEDS.map((seed) => simulate(map, { seed }));
}

const share = (traces: Trace[], test: (t: Trace) => boolean) =>
  traces.filter(test).length / traces.length;
const someoneFloods = (t: Trace) => t.frames.some((f) => f.partners.some((p) => p.flooded));
const firstFlood = (t: Trace) =>
  t.frames.find((f) => f.partners.some((p) => p.flooded))?.turn ?? Infinity;
const lowest = (t: Trace) => Math.min(...t.frames.flatMap((f) => f.partners.map((p) => p.score)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const peakHeart = (t: Trace) =>
  Math.max(...t.frames.flatMap((f) => f.partners.map((p) => p.heartRate)));

describe('each built-in dance behaves as its teaching notes say', () => {
  it.each(['protest-polka', 'find-the-bad-guy', 'fearful-avoidant-flip'])(
    '%s escalates until someone floods',
    (id) => {
      const traces = runs(id);
      expect(share(traces, someoneFloods)).toBeGreaterThanOrEqual(0.9);
      expect(median(traces.map(lowest))).toBeLessThan(-8);
      expect(share(traces, (t) => t.outcome === 'reconnected')).toBeLessThan(0.1);
    },
  );

  it('Find the Bad Guy runs fast and hot: it floods sooner than the Protest Polka', () => {
    expect(median(runs('find-the-bad-guy').map(firstFlood))).toBeLessThan(
      median(runs('protest-polka').map(firstFlood)),
    );
  });

  it('Freeze and Flee sinks rather than spikes: its scores settle low but off the floor, its hearts stay quiet', () => {
    const flee = runs('freeze-and-flee');
    const badGuy = runs('find-the-bad-guy');
    // Sinks: deep enough to be withdrawn (−12), never to the −24 that a hot fight reaches.
    expect(median(flee.map(lowest))).toBeLessThan(-12);
    expect(Math.min(...flee.map(lowest))).toBeGreaterThan(-23);
    expect(median(badGuy.map(lowest))).toBe(-24);
    // Quiet: most runs never flood, and the median peak heart is tens of beats below the Bad Guy's.
    expect(share(flee, someoneFloods)).toBeLessThanOrEqual(0.2);
    expect(share(badGuy, someoneFloods)).toBe(1);
    expect(median(flee.map(peakHeart))).toBeLessThan(95);
    expect(median(badGuy.map(peakHeart)) - median(flee.map(peakHeart))).toBeGreaterThan(25);
  });

  it('the Protest Polka and Freeze and Flee end disengaged when nothing breaks the loop', () => {
    for (const id of ['protest-polka', 'freeze-and-flee']) {
      expect(share(runs(id), (t) => t.outcome === 'disengaged')).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('the secure cycle settles: no one floods, and it ends reconnected', () => {
    const traces = runs('secure-cycle');
    expect(share(traces, someoneFloods)).toBe(0);
    expect(share(traces, (t) => t.outcome === 'reconnected')).toBeGreaterThanOrEqual(0.9);
    expect(median(traces.map(lowest))).toBeGreaterThan(-4);
  });
});
