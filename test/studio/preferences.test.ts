// Playback preferences kept between visits through the injected store — and never a reason to fail.
import { describe, expect, it } from 'vitest';
import {
  createStudio,
  memoryPreferenceStore,
  readPreferences,
  reducedMotionChoiceOf,
  SPEEDS,
  speedOf,
} from '../../src/studio';
import { fakeRunner } from './fakeRunner';

describe('playback preferences', () => {
  it('a new visit starts at the speed and motion choice of the last one', () => {
    const store = memoryPreferenceStore();
    const first = createStudio({ analysis: fakeRunner(), preferences: store });
    first.send({ type: 'playback.setSpeed', speed: 0.5 });
    first.send({ type: 'playback.setReducedMotion', reduced: true });
    expect(store.saved.at(-1)).toEqual({ speed: 0.5, reducedMotion: true });
    const next = createStudio({ analysis: fakeRunner(), preferences: store });
    expect(speedOf(next.getSnapshot())).toBe(0.5);
    expect(reducedMotionChoiceOf(next.getSnapshot())).toBe(true);
  });

  it('reads damaged or old entries as the defaults, field by field', () => {
    expect(readPreferences('{oops', SPEEDS)).toEqual({ speed: 1, reducedMotion: null });
    expect(readPreferences({ speed: 3, reducedMotion: 'yes' }, SPEEDS)).toEqual({
      speed: 1,
      reducedMotion: null,
    });
    expect(readPreferences({ speed: 4, reducedMotion: false }, SPEEDS)).toEqual({
      speed: 4,
      reducedMotion: false,
    });
  });

  it('a store that throws (storage full or switched off) changes nothing for playback', () => {
    const broken = {
      load: () => {
        throw new Error('SecurityError');
      },
      save: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const studio = createStudio({ analysis: fakeRunner(), preferences: broken });
    expect(speedOf(studio.getSnapshot())).toBe(1);
    studio.send({ type: 'playback.setSpeed', speed: 2 });
    expect(speedOf(studio.getSnapshot())).toBe(2);
  });
});
