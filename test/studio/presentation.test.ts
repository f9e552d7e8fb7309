// Presentation mode and the staged reveal, driven headless: a therapist presents from the start,
// reveals the cycle part by part with Next and Previous, and the dance plays with all of it shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createStudio,
  FIRST_STEP_MS,
  indexOf,
  isPresenting,
  isRevealing,
  nextRevealWordsOf,
  REVEAL_STAGES,
  revealNarrationOf,
  revealOf,
  type Studio,
} from '../../src/studio';
import { fakeRunner } from './fakeRunner';
import { model } from './models';

function polka(): Studio {
  const studio = createStudio({ analysis: fakeRunner() });
  studio.send({ type: 'document.load', map: model('protest-polka'), source: 'builtIn' });
  return studio;
}

describe('presentation mode', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('presenting from the start begins a staged reveal at the empty loop', () => {
    const studio = polka();
    studio.send({ type: 'playback.present', on: true });
    const s = studio.getSnapshot();
    expect(isPresenting(s)).toBe(true);
    expect(revealOf(s)).toBe('start');
    expect(nextRevealWordsOf(s)).toBe('Both triggers');
    expect(revealNarrationOf(s)).toMatch(/loop Theo and Priya get caught in/);
  });

  it('Next shows one more part each time, in the worksheet’s order, then the whole cycle', () => {
    const studio = polka();
    studio.send({ type: 'playback.present', on: true });
    const seen = [revealOf(studio.getSnapshot())];
    for (let i = 1; i < REVEAL_STAGES.length; i++) {
      studio.send({ type: 'playback.revealNext' });
      seen.push(revealOf(studio.getSnapshot()));
    }
    expect(seen).toEqual([
      'start',
      'trigger',
      'perception',
      'reactiveEmotion',
      'move',
      'crossings',
      'below',
    ]);
    expect(nextRevealWordsOf(studio.getSnapshot())).toBe('The whole cycle, ready to play');
    studio.send({ type: 'playback.revealNext' });
    expect(isRevealing(studio.getSnapshot())).toBe(false);
    // The dance itself has not moved while the cycle was revealed.
    expect(indexOf(studio.getSnapshot())).toBe(0);
  });

  it('Previous goes back a part, and never before the empty loop', () => {
    const studio = polka();
    studio.send({ type: 'playback.present', on: true });
    studio.send({ type: 'playback.revealNext' });
    studio.send({ type: 'playback.revealNext' });
    studio.send({ type: 'playback.revealPrevious' });
    expect(revealOf(studio.getSnapshot())).toBe('trigger');
    studio.send({ type: 'playback.revealPrevious' });
    studio.send({ type: 'playback.revealPrevious' });
    expect(revealOf(studio.getSnapshot())).toBe('start');
  });

  it('Play ends the reveal: the dance plays with the whole cycle shown', () => {
    const studio = polka();
    studio.send({ type: 'playback.present', on: true });
    studio.send({ type: 'playback.toggle' });
    expect(revealOf(studio.getSnapshot())).toBeNull();
    vi.advanceTimersByTime(FIRST_STEP_MS);
    expect(indexOf(studio.getSnapshot())).toBe(1);
    studio.send({ type: 'playback.pause' });
  });

  it('presenting mid-dance shows everything, and leaving presentation ends any reveal', () => {
    const studio = polka();
    studio.send({ type: 'playback.seek', index: 12 });
    studio.send({ type: 'playback.present', on: true });
    expect(revealOf(studio.getSnapshot())).toBeNull();
    studio.send({ type: 'playback.restart' });
    studio.send({ type: 'playback.present', on: false });
    studio.send({ type: 'playback.present', on: true });
    expect(revealOf(studio.getSnapshot())).toBe('start');
    studio.send({ type: 'playback.present', on: false });
    expect(isPresenting(studio.getSnapshot())).toBe(false);
    expect(revealOf(studio.getSnapshot())).toBeNull();
  });
});
