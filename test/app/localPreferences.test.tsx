// Preferences in the browser's local storage: kept under one key, and harmless when storage fails.
import { afterEach, describe, expect, it } from 'vitest';
import { localPreferenceStore } from '../../src/storage/localPreferences';

afterEach(() => localStorage.clear());

describe('local preference store', () => {
  it('keeps the speed and motion choice under one key, as JSON', () => {
    const store = localPreferenceStore();
    store.save({ speed: 2, reducedMotion: true });
    expect(JSON.parse(localStorage.getItem('cyclemap.preferences')!)).toEqual({
      speed: 2,
      reducedMotion: true,
    });
    expect(localPreferenceStore().load()).toEqual({ speed: 2, reducedMotion: true });
  });

  it('reads an unreadable entry as nothing', () => {
    localStorage.setItem('cyclemap.preferences', '{not json');
    expect(localPreferenceStore().load()).toBeNull();
  });

  it('without storage, remembers nothing and never throws', () => {
    const store = localPreferenceStore(null);
    expect(() => store.save({ speed: 1, reducedMotion: null })).not.toThrow();
    expect(store.load()).toBeNull();
  });
});
