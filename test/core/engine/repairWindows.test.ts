import { describe, expect, it } from 'vitest';
import { danceModel, repairWindows, type RepairWindow } from '../../../src/core';
import { model } from './models';
import { playWindow } from './playWindow';

const polka = model('protest-polka');

describe('repairWindows', () => {
  const runs = 300;
  const analysis = repairWindows(polka, { runs, seed: 11 });

  it('covers every step of three rounds, every repair of each partner, both makers', () => {
    const m = danceModel(polka);
    const perRound = m.roundLength * (m.partners[0].repairs.size + m.partners[1].repairs.size);
    expect(analysis.windows).toHaveLength(3 * perRound);
    expect(analysis.repairs.map((r) => r.id)).toContain('tea-truce');
  });

  it('names a best window a therapist would recognise: a soft reach early in the first round, before the move', () => {
    const best = analysis.best!;
    expect(best.round).toBe(1);
    expect(['softReach', 'areResponse', 'gentleStartUp']).toContain(best.repair);
    const steps = danceModel(polka).partners[best.by].steps;
    expect(steps.indexOf(best.step)).toBeLessThan(steps.indexOf('move'));
    expect(best.successRate).toBeGreaterThan(0.55);
  });

  it('a repair at the best window reconnects far more often than at the worst', () => {
    const worst = analysis.windows.reduce((a, b) => (b.successRate < a.successRate ? b : a));
    expect(analysis.best!.successRate - worst.successRate).toBeGreaterThan(0.5);
    // And the statechart, played run by run, agrees.
    const rate = (w: RepairWindow) =>
      Array.from({ length: 100 }, (_, run) => playWindow(polka, 11, run, w)).filter(
        (r) => r.reconnected,
      ).length / 100;
    expect(rate(analysis.best!) - rate(worst)).toBeGreaterThan(0.4);
  });

  it('the fast path and the statechart agree exactly on sampled cells (same runs, same seeds)', () => {
    const sample = analysis.windows.filter((_, i) => i % 37 === 0).concat(analysis.best!);
    for (const window of sample) {
      const ends = Array.from({ length: runs }, (_, run) => playWindow(polka, 11, run, window));
      const wins = ends.filter((end) => end.reconnected);
      expect(wins.length / runs).toBe(window.successRate);
      const mean =
        wins.length === 0 ? null : wins.reduce((sum, end) => sum + end.turn, 0) / wins.length;
      expect(mean).toBe(window.meanTurnsToReconnect);
    }
  }, 30_000);

  it('is deterministic: the same seed gives the same figures, another seed other ones', () => {
    expect(repairWindows(polka, { runs: 50, seed: 3 })).toEqual(
      repairWindows(polka, { runs: 50, seed: 3 }),
    );
    expect(repairWindows(polka, { runs: 50, seed: 4 })).not.toEqual(
      repairWindows(polka, { runs: 50, seed: 3 }),
    );
  });

  it('reports its progress as it goes', () => {
    const seen: number[] = [];
    repairWindows(polka, { runs: 120, seed: 1, onProgress: (done) => seen.push(done) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
