/** The route in the address bar, and navigation that Back, Forward, reload and bookmarks follow. */
import { useCallback, useEffect, useState } from 'react';
import { hrefOf, parseRoute, type Route } from './routes';

/** How many of the app's own history entries lie behind this one (Quick exit skips them all). */
export function historyDepth(): number {
  const state: unknown = window.history.state;
  const depth = (state as { cyclemapDepth?: unknown } | null)?.cyclemapDepth;
  return typeof depth === 'number' && depth > 0 ? depth : 0;
}

/** Goes to `to`: a new entry in the browser's history, or in place of this one with `replace`. */
export type Navigate = (to: Route, options?: { replace?: boolean }) => void;

/**
 * @example
 * const [route, navigate] = useRoute();
 * navigate({ name: 'pattern', id: 'protest-polka' });
 */
export function useRoute(): [Route, Navigate] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, []);
  const navigate = useCallback((to: Route, options: { replace?: boolean } = {}) => {
    const href = hrefOf(to);
    if (options.replace === true) {
      window.history.replaceState({ cyclemapDepth: historyDepth() }, '', href);
    } else if (href !== window.location.hash) {
      window.history.pushState({ cyclemapDepth: historyDepth() + 1 }, '', href);
    }
    setRoute(parseRoute(href));
  }, []);
  return [route, navigate];
}
