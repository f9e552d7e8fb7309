// A dance that tells the truth at every moment: the loop's word agrees with the bodies, a talk
// that runs out says so, the clock reads as time after a break, and the ending words fit the
// dance that ended.
import { describe, expect, it } from 'vitest';
import {
  BOTH_FLOODED_NOTE,
  clockOf,
  createStudio,
  danceOf,
  loopReadingOf,
  loopWindowsOf,
  narrationOf,
  outcomeWordOf,
  phaseOf,
  readingOf,
  type Studio,
} from '../../src/studio';
import { fakeRunner } from './fakeRunner';
import { model, MODEL_IDS as MODELS } from './models';

function studioOf(id: string, seed: number, therapistPresent = false): Studio {
  const studio = createStudio({ analysis: fakeRunner() });
  studio.send({ type: 'playback.setSeed', seed });
  if (therapistPresent) studio.send({ type: 'playback.setTherapist', present: true });
  studio.send({ type: 'document.load', map: model(id), source: 'builtIn' });
  return studio;
}

describe('the loop’s state and the bodies agree', () => {
  it('never says “Calm” while a partner is flooded, and says the deepest word while both are', () => {
    let flooded = 0;
    for (const id of MODELS)
      for (let seed = 1; seed <= 8; seed++)
        for (const therapist of [false, true]) {
          const dance = danceOf(studioOf(id, seed, therapist).getSnapshot())!;
          for (const snapshot of dance.session.snapshots) {
            const reading = loopReadingOf(snapshot);
            const count = reading.flooded.filter(Boolean).length;
            if (count === 0) continue;
            flooded += 1;
            expect(reading.cue, `${id} seed ${seed} turn ${reading.turn}`).not.toBe('Calm');
            expect(reading.cue).not.toBe('Tense');
            expect(reading.cue).not.toBe('Quiet');
            if (count === 2)
              expect(reading.cue).toBe(
                reading.register === 'cold' ? 'Frozen' : 'Deep in the cycle',
              );
          }
        }
    // The check means something: many flooded moments were looked at.
    expect(flooded).toBeGreaterThan(100);
  });
});

describe('a talk whose time runs out', () => {
  it('ends “Unresolved”, in the outcome, the loop’s state and the narration', () => {
    // Find seeds where the Fearful-avoidant flip runs its whole talk without ending by itself.
    const unresolved = Array.from({ length: 20 }, (_, i) => i + 1).filter((seed) => {
      const studio = studioOf('fearful-avoidant-flip', seed);
      studio.send({ type: 'playback.seek', index: 100_000 });
      return phaseOf(studio.getSnapshot()) === 'unresolved';
    });
    expect(unresolved.length).toBeGreaterThan(0);
    const studio = studioOf('fearful-avoidant-flip', unresolved[0]!);
    expect(outcomeWordOf(studio.getSnapshot())).toBeNull();
    expect(readingOf(studio.getSnapshot())?.phase).toBe('loop');
    studio.send({ type: 'playback.seek', index: 100_000 });
    const s = studio.getSnapshot();
    expect(outcomeWordOf(s)).toBe('Unresolved');
    expect(readingOf(s)?.phase).toBe('unresolved');
    expect(narrationOf(s)).toMatch(/The talk ends here with the loop still running: unresolved\./);
  });
});

describe('the clock', () => {
  it('reads “Turn N · Round R” until a break, then the time of the talk after it', () => {
    const studio = studioOf('protest-polka', 7);
    studio.send({ type: 'playback.seek', index: 12 });
    const { turn, round } = readingOf(studio.getSnapshot())!;
    expect(clockOf(studio.getSnapshot())).toBe(`Turn ${turn} · Round ${round}`);

    studio.send({ type: 'playback.repair', by: 0, kind: 'selfSoothingBreak' });
    studio.send({ type: 'playback.stepForward' });
    const after = readingOf(studio.getSnapshot())!;
    const minutes = model('protest-polka').simulation.repair.breakMinutes;
    const seconds = after.turn * 6;
    const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    expect(after.turn).toBeGreaterThan(turn + minutes * 10 - 1);
    expect(clockOf(studio.getSnapshot())).toBe(
      `After a ${minutes}-minute break · ${time} · Round ${after.round}`,
    );
    expect(clockOf(studio.getSnapshot())).not.toMatch(/Turn \d/);
  });
});

describe('the ending words', () => {
  it('name how each partner is apart, and never say no one is fighting', () => {
    const studio = studioOf('protest-polka', 7);
    studio.send({ type: 'playback.seek', index: 100_000 });
    expect(phaseOf(studio.getSnapshot())).toBe('disengaged');
    const words = narrationOf(studio.getSnapshot());
    const { partners } = model('protest-polka');
    for (const partner of partners) expect(words).toContain(partner.name);
    expect(words).not.toMatch(/no one is fighting/);
    expect(words).toMatch(/outside help matters most/);
  });

  it('with a therapist present, speak to the therapist in the room, not of outside help', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const studio = studioOf('protest-polka', seed, true);
      studio.send({ type: 'playback.seek', index: 100_000 });
      if (phaseOf(studio.getSnapshot()) !== 'disengaged') continue;
      const words = narrationOf(studio.getSnapshot());
      expect(words).toMatch(/With the therapist in the room/);
      expect(words).not.toMatch(/outside help/);
      return;
    }
    throw new Error('no seed from 1 to 20 disengages with a therapist present');
  });
});

describe('the repair-window figures on the loop', () => {
  function analysed(seed = 7) {
    const runner = fakeRunner();
    const studio = createStudio({ analysis: runner });
    studio.send({ type: 'playback.setSeed', seed });
    studio.send({ type: 'document.load', map: model('protest-polka'), source: 'builtIn' });
    studio.send({ type: 'analysis.enable' });
    runner.runs[0]!.finish(30);
    return studio;
  }
  /** Seeks to the first moment that `pick` accepts. */
  function seekTo(studio: Studio, pick: (r: ReturnType<typeof readingOf>) => boolean) {
    const last = danceOf(studio.getSnapshot())!.session.snapshots.length - 1;
    for (let i = 0; i <= last; i++) {
      studio.send({ type: 'playback.seek', index: i });
      if (pick(readingOf(studio.getSnapshot()))) return true;
    }
    return false;
  }

  it('follow the round on screen, and after the analysed rounds say there are none', () => {
    const studio = analysed();
    expect(seekTo(studio, (r) => r?.round === 2 && !(r.flooded[0] && r.flooded[1]))).toBe(true);
    const second = loopWindowsOf(studio.getSnapshot())!;
    expect(second.round).toBe(2);
    expect(second.perStep.length).toBeGreaterThan(0);
    expect(second.note).toBeNull();
    expect(seekTo(studio, (r) => (r?.round ?? 0) > 3 && !(r!.flooded[0] && r!.flooded[1]))).toBe(
      true,
    );
    const later = loopWindowsOf(studio.getSnapshot())!;
    expect(later.perStep).toEqual([]);
    expect(later.best).toBeNull();
    expect(later.note).toMatch(/^No figures for later rounds: the analysis covers rounds 1 to 3\./);
  });

  it('show no odds while both partners are flooded, and say why', () => {
    const studio = analysed();
    expect(seekTo(studio, (r) => r?.flooded[0] === true && r.flooded[1])).toBe(true);
    const windows = loopWindowsOf(studio.getSnapshot())!;
    expect(windows.perStep).toEqual([]);
    expect(windows.note).toBe(BOTH_FLOODED_NOTE);
  });
});
