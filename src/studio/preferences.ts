/**
 * The person's playback preferences — speed and their choice about motion — kept between visits
 * through an injected store (the browser's local storage in the app, a fake in tests). Only
 * these settings: never the map, never what anyone typed.
 */
export interface Preferences {
  readonly speed: number;
  /** Their own choice about motion; null to follow the system setting. */
  readonly reducedMotion: boolean | null;
}

/** Where preferences are kept. Both calls may fail quietly: preferences are a convenience. */
export interface PreferenceStore {
  /** What was saved, as it was read (checked by `readPreferences`), or null. */
  load(): unknown;
  save(preferences: Preferences): void;
}

export const DEFAULT_PREFERENCES: Preferences = { speed: 1, reducedMotion: null };

/**
 * Preferences from whatever a store held: each field that is not valid falls back to its default,
 * so an old or damaged entry never stops the app.
 *
 * @example
 * readPreferences({ speed: 2, reducedMotion: true }, [0.5, 1, 2, 4]); // { speed: 2, reducedMotion: true }
 * readPreferences('nonsense', [0.5, 1, 2, 4]); // { speed: 1, reducedMotion: null }
 */
export function readPreferences(raw: unknown, speeds: readonly number[]): Preferences {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const speed =
    typeof record.speed === 'number' && speeds.includes(record.speed) ? record.speed : 1;
  const motion = record.reducedMotion;
  return { speed, reducedMotion: typeof motion === 'boolean' ? motion : null };
}

/** A store that keeps preferences in memory only (Node, tests, and when nothing can be stored). */
export function memoryPreferenceStore(initial: unknown = null): PreferenceStore & {
  readonly saved: Preferences[];
} {
  const saved: Preferences[] = [];
  let current = initial;
  return {
    saved,
    load: () => current,
    save(preferences) {
      saved.push(preferences);
      current = preferences;
    },
  };
}
