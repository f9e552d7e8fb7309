/** Playback preferences in the browser's local storage: on this device only, and only these settings. */
import type { PreferenceStore } from '../studio';

const KEY = 'cyclemap.preferences';

/**
 * A store over `localStorage`. Where storage is switched off, full or not allowed (private
 * windows, strict settings), reading gives nothing and saving does nothing: playback works the
 * same, it just does not remember.
 */
export function localPreferenceStore(
  storage: Storage | null = safeLocalStorage(),
): PreferenceStore {
  return {
    load() {
      const text = storage?.getItem(KEY);
      if (text === null || text === undefined) return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return null;
      }
    },
    save(preferences) {
      storage?.setItem(KEY, JSON.stringify(preferences));
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
