/**
 * Same seed, same dance: for the five built-in models, seeds 1–20 and four repair scripts,
 * `simulate` gives the same events, turns, steps, scores, heart rates, flooding and outcome as the
 * stored fingerprints. They were taken before the statechart was rewritten (issue 7), which kept
 * them all; they were taken again once, when all seven catalogue repairs became available to both
 * partners (issue 8): in the `breakThenReach` script Theo's A.R.E. response, ignored before
 * because his map did not list it, now plays. Freeze and Flee's were taken again (issue 9) when a
 * dance whose partners both turn away began to play in the cold register (docs/model.md §7a): its
 * scores now sink to a floor instead of running to −24; the other four models' are unchanged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate, type ScheduledRepair } from '../../../src/core';
import { model } from './models';

interface Fingerprint {
  readonly model: string;
  readonly seed: number;
  readonly script: string;
  readonly outcome: string;
  readonly lastTurn: number;
  readonly sha256: string;
}

const stored = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', 'fixtures', 'engine', 'simulate-fingerprints.json'),
    'utf8',
  ),
) as { scripts: Record<string, ScheduledRepair[]>; traces: Fingerprint[] };

function fingerprint(id: string, seed: number, script: string): Fingerprint {
  const trace = simulate(model(id), { seed, repairs: stored.scripts[script]! });
  const body = JSON.stringify({
    events: trace.events,
    frames: trace.frames.map((f) => ({ turn: f.turn, partners: f.partners })),
    outcome: trace.outcome,
  });
  return {
    model: id,
    seed,
    script,
    outcome: trace.outcome,
    lastTurn: trace.frames.at(-1)!.turn,
    sha256: createHash('sha256').update(body).digest('hex').slice(0, 16),
  };
}

describe('the same seed plays the same dance as the stored fingerprints', () => {
  it('holds 400 stored fingerprints (5 models × 20 seeds × 4 repair scripts)', () => {
    expect(stored.traces).toHaveLength(400);
  });

  it.each([
    'protest-polka',
    'find-the-bad-guy',
    'freeze-and-flee',
    'fearful-avoidant-flip',
    'secure-cycle',
  ])('%s: every seed and script gives the stored trace', (id) => {
    const expected = stored.traces.filter((t) => t.model === id);
    const actual = expected.map((t) => fingerprint(t.model, t.seed, t.script));
    expect(actual).toEqual(expected);
  });
});
