// Freeze and Flee reads cold (issue 9): the loop's reading of a withdraw–withdraw dance has its own
// register and words as it deepens — Calm, Quiet, Distant, Frozen — and at its deepest its word
// differs from Find the Bad Guy's at its deepest; neither register says "Calm" while a partner is
// flooded.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core';
import {
  COLD_CUES,
  createStudio,
  cueOf,
  danceOf,
  HEAT_CUES,
  loopReadingOf,
  readingOf,
  type LoopReading,
} from '../../src/studio';
import { fakeRunner } from './fakeRunner';
import { model, MODEL_IDS } from './models';

function readings(id: string, seed: number, therapistPresent = false): LoopReading[] {
  const studio = createStudio({ analysis: fakeRunner() });
  studio.send({ type: 'playback.setSeed', seed });
  if (therapistPresent) studio.send({ type: 'playback.setTherapist', present: true });
  studio.send({ type: 'document.load', map: model(id), source: 'builtIn' });
  return danceOf(studio.getSnapshot())!.session.snapshots.map(loopReadingOf);
}

/** The moment the loop runs deepest while it is still running. */
const deepest = (all: LoopReading[]) =>
  all.filter((r) => r.phase === 'loop').reduce((a, b) => (b.heat > a.heat ? b : a));

describe('the words of a cold dance', () => {
  it('are four of their own, from calm to frozen, beside the hot words', () => {
    expect(COLD_CUES).toEqual(['Calm', 'Quiet', 'Distant', 'Frozen']);
    expect([0, 0.3, 0.5, 0.9].map((h) => cueOf(h, 'cold'))).toEqual(COLD_CUES);
    expect([0, 0.3, 0.5, 0.9].map((h) => cueOf(h, 'hot'))).toEqual(HEAT_CUES);
  });

  it('read Freeze and Flee as cold at every moment, and the other built-in dances as hot', () => {
    for (const id of MODEL_IDS) {
      const registers = new Set(readings(id, 1).map((r) => r.register));
      expect([...registers], id).toEqual([id === 'freeze-and-flee' ? 'cold' : 'hot']);
    }
  });

  it('go quiet, then distant, then frozen as Freeze and Flee sinks, and never say a hot word', () => {
    const seen = new Set(readings('freeze-and-flee', 7).map((r) => r.cue));
    expect(seen).toEqual(new Set(COLD_CUES));
    for (const word of ['Tense', 'Escalating', 'Deep in the cycle'])
      expect(seen).not.toContain(word);
  });
});

describe('at its deepest', () => {
  it('Freeze and Flee reads “Frozen” where Find the Bad Guy reads “Deep in the cycle”', () => {
    let frozen = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const flee = deepest(readings('freeze-and-flee', seed));
      const badGuy = deepest(readings('find-the-bad-guy', seed));
      expect(flee.register).toBe('cold');
      expect(['Distant', 'Frozen']).toContain(flee.cue);
      expect(badGuy.register).toBe('hot');
      expect(badGuy.cue).toBe('Deep in the cycle');
      expect(flee.cue).not.toBe(badGuy.cue);
      if (flee.cue === 'Frozen') frozen += 1;
    }
    expect(frozen).toBeGreaterThanOrEqual(6);
  });

  it('is what the screen reads once playback reaches it', () => {
    const studio = createStudio({ analysis: fakeRunner() });
    studio.send({ type: 'playback.setSeed', seed: 7 });
    studio.send({ type: 'document.load', map: model('freeze-and-flee'), source: 'builtIn' });
    const all = danceOf(studio.getSnapshot())!.session.snapshots.map(loopReadingOf);
    studio.send({ type: 'playback.seek', index: all.indexOf(deepest(all)) });
    expect(readingOf(studio.getSnapshot())).toMatchObject({ register: 'cold', cue: 'Frozen' });
  });
});

describe('flooding and the loop’s word agree in both registers', () => {
  it('never says “Calm” while a partner is flooded, and says the deepest word while both are', () => {
    let looked = 0;
    for (const id of ['freeze-and-flee', 'find-the-bad-guy'])
      for (let seed = 1; seed <= 20; seed++)
        for (const reading of readings(id, seed)) {
          const count = reading.flooded.filter(Boolean).length;
          if (count === 0) continue;
          looked += 1;
          const words = reading.register === 'cold' ? COLD_CUES : HEAT_CUES;
          expect(words.indexOf(reading.cue as never), `${id} ${seed}`).toBeGreaterThanOrEqual(2);
          if (count === 2) expect(reading.cue).toBe(words[3]);
        }
    expect(looked).toBeGreaterThan(100);
  });

  it('holds in a cold dance when a partner does flood: the word is at least “Distant”', () => {
    // Freeze and Flee rarely floods; find the seeds where it does and read those moments.
    const map = model('freeze-and-flee');
    const flooded = Array.from({ length: 200 }, (_, i) => i + 1)
      .filter((seed) =>
        simulate(map, { seed }).frames.some((f) => f.partners.some((p) => p.flooded)),
      )
      .flatMap((seed) => readings('freeze-and-flee', seed))
      .filter((r) => r.flooded.some(Boolean));
    expect(flooded.length).toBeGreaterThan(0);
    for (const r of flooded) expect(['Distant', 'Frozen']).toContain(r.cue);
  });
});
