/** Whether a media query matches, kept up to date (false where matchMedia is missing, as in jsdom). */
import { useSyncExternalStore } from 'react';

/**
 * One list per query (and per `matchMedia`, which a test may replace): React reads the snapshot at
 * every render, and each `matchMedia` call makes a new list and has the browser evaluate it, up to
 * a style update of the page (7 ms of a render of the dance's first repair-window figures).
 */
const lists = new WeakMap<object, Map<string, MediaQueryList>>();

function listOf(query: string): MediaQueryList | null {
  if (typeof window.matchMedia !== 'function') return null;
  // The function itself is only the key; it is called on window below.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const key: object = window.matchMedia;
  let byQuery = lists.get(key);
  if (byQuery === undefined) lists.set(key, (byQuery = new Map<string, MediaQueryList>()));
  let list = byQuery.get(query);
  if (list === undefined) byQuery.set(query, (list = window.matchMedia(query)));
  return list;
}

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = listOf(query);
      if (list === null) return () => undefined;
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => listOf(query)?.matches ?? false,
    () => false,
  );
}
