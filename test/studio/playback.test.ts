// The studio's playback under plain Node: what a screen does to the dance, without React.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { simulate } from '../../src/core';
import {
  createStudio,
  danceOf,
  FIRST_STEP_MS,
  indexOf,
  isPlaying,
  lastIndexOf,
  momentOf,
  phaseOf,
  TURN_MS,
  type Studio,
} from '../../src/studio';
import { fakeRunner } from './fakeRunner';
import { model } from './models';

const polka = model('protest-polka');

function polkaStudio(): Studio {
  const studio = createStudio({ analysis: fakeRunner() });
  studio.send({ type: 'document.load', map: polka, source: 'builtIn' });
  return studio;
}

describe('the studio’s playback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads a map as the whole seeded dance, the same as simulate, paused at the first moment', () => {
    const studio = polkaStudio();
    const s = studio.getSnapshot();
    expect(isPlaying(s)).toBe(false);
    expect(indexOf(s)).toBe(0);
    expect(danceOf(s)!.session.events).toEqual(simulate(polka, { seed: 7 }).events);
    expect(phaseOf(s)).toBe('playing');
  });

  it('has no dance before a map is loaded, and none after it is closed', () => {
    const studio = createStudio({ analysis: fakeRunner() });
    expect(danceOf(studio.getSnapshot())).toBeNull();
    expect(phaseOf(studio.getSnapshot())).toBeNull();
    studio.send({ type: 'document.load', map: polka, source: 'builtIn' });
    studio.send({ type: 'document.close' });
    expect(danceOf(studio.getSnapshot())).toBeNull();
  });

  it('answers Play at once, steps a beat later, then plays one turn per beat at the chosen speed, and pauses', () => {
    const studio = polkaStudio();
    studio.send({ type: 'playback.toggle' });
    // Playing at once (the button shows Pause); the first step once that has been drawn.
    expect(isPlaying(studio.getSnapshot())).toBe(true);
    expect(indexOf(studio.getSnapshot())).toBe(0);
    vi.advanceTimersByTime(FIRST_STEP_MS - 1);
    expect(indexOf(studio.getSnapshot())).toBe(0);
    vi.advanceTimersByTime(1);
    expect(indexOf(studio.getSnapshot())).toBe(1);
    vi.advanceTimersByTime(TURN_MS * 3 + 10);
    expect(indexOf(studio.getSnapshot())).toBe(4);
    studio.send({ type: 'playback.setSpeed', speed: 4 });
    vi.advanceTimersByTime(TURN_MS + 10);
    expect(indexOf(studio.getSnapshot())).toBeGreaterThanOrEqual(6);
    studio.send({ type: 'playback.toggle' });
    const paused = indexOf(studio.getSnapshot());
    vi.advanceTimersByTime(TURN_MS * 5);
    expect(indexOf(studio.getSnapshot())).toBe(paused);
  });

  it('Pause before the first step leaves the dance where it was; a new speed waits for no beat', () => {
    const studio = polkaStudio();
    studio.send({ type: 'playback.play' });
    studio.send({ type: 'playback.pause' });
    vi.advanceTimersByTime(TURN_MS * 2);
    expect(indexOf(studio.getSnapshot())).toBe(0);
    expect(isPlaying(studio.getSnapshot())).toBe(false);
    studio.send({ type: 'playback.play' });
    studio.send({ type: 'playback.setSpeed', speed: 2 });
    vi.advanceTimersByTime(FIRST_STEP_MS);
    expect(indexOf(studio.getSnapshot())).toBe(1);
    vi.advanceTimersByTime(TURN_MS / 2);
    expect(indexOf(studio.getSnapshot())).toBe(2);
  });

  it('steps back and forth, scrubs within the dance, and restarts', () => {
    const studio = polkaStudio();
    studio.send({ type: 'playback.stepForward' });
    studio.send({ type: 'playback.stepForward' });
    studio.send({ type: 'playback.stepBack' });
    expect(indexOf(studio.getSnapshot())).toBe(1);
    studio.send({ type: 'playback.seek', index: 10_000 });
    const last = lastIndexOf(studio.getSnapshot());
    expect(indexOf(studio.getSnapshot())).toBe(last);
    expect(phaseOf(studio.getSnapshot())).toBe('disengaged');
    studio.send({ type: 'playback.stepForward' });
    expect(indexOf(studio.getSnapshot())).toBe(last);
    studio.send({ type: 'playback.restart' });
    expect(indexOf(studio.getSnapshot())).toBe(0);
  });

  it('stops playing at the end of the dance, and Play from the end starts again', () => {
    const studio = polkaStudio();
    studio.send({ type: 'playback.seek', index: 10_000 });
    studio.send({ type: 'playback.play' });
    expect(indexOf(studio.getSnapshot())).toBe(0);
    expect(isPlaying(studio.getSnapshot())).toBe(true);
  });

  it('a repair tried at an earlier moment rewrites what follows, and the baseline stays as it was', () => {
    const studio = polkaStudio();
    const baseline = danceOf(studio.getSnapshot())!.baseline;
    studio.send({ type: 'playback.seek', index: 30 });
    studio.send({ type: 'playback.stepBack' });
    studio.send({ type: 'playback.restart' });
    studio.send({ type: 'playback.stepForward' });
    studio.send({ type: 'playback.repair', by: 0, kind: 'softReach' });
    const s = studio.getSnapshot();
    const { session } = danceOf(s)!;
    expect(indexOf(s)).toBe(2);
    expect(session.events[1]).toEqual({ type: 'REPAIR', by: 0, kind: 'softReach' });
    expect(momentOf(s)!.context.lastRepair?.outcome).toBe('landed');
    expect(phaseOf(s)).toBe('repairing');
    expect(session.snapshots.at(-1)!.hasTag('reconnected')).toBe(true);
    // Computed once for the seed: the same object, not recomputed after the repair.
    expect(danceOf(s)!.baseline).toBe(baseline);
    expect(baseline.snapshots.at(-1)!.hasTag('disengaged')).toBe(true);
  });

  it('the therapist switch replays the same seed co-regulated, at the same moment', () => {
    const studio = polkaStudio();
    studio.send({ type: 'playback.seek', index: 20 });
    studio.send({ type: 'playback.setTherapist', present: true });
    const s = studio.getSnapshot();
    const { session } = danceOf(s)!;
    expect(session.therapistPresent).toBe(true);
    expect(session.seed).toBe(7);
    expect(indexOf(s)).toBe(20);
    const alone = simulate(polka, { seed: 7 }).frames[20]!;
    expect(momentOf(s)!.context.partners[0].heartRate).toBeLessThan(alone.partners[0].heartRate);
  });

  it('another seed plays another dance from its start; an invalid one changes nothing', () => {
    const studio = polkaStudio();
    studio.send({ type: 'playback.seek', index: 12 });
    studio.send({ type: 'playback.setSeed', seed: 8 });
    expect(indexOf(studio.getSnapshot())).toBe(0);
    expect(danceOf(studio.getSnapshot())!.session.seed).toBe(8);
    studio.send({ type: 'playback.setSeed', seed: -3 });
    studio.send({ type: 'playback.setSeed', seed: 1.5 });
    expect(danceOf(studio.getSnapshot())!.session.seed).toBe(8);
  });
});
