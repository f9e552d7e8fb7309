/** The route in the address bar, and navigation that Back, Forward, reload and bookmarks follow. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { hrefOf, parseRoute, type Route } from './routes';

const depthOf = (state: unknown): unknown =>
  (state as { cyclemapDepth?: unknown } | null)?.cyclemapDepth;

/** How many of the app's own history entries lie behind this one (Quick exit skips them all). */
export function historyDepth(): number {
  const depth = depthOf(window.history.state);
  return typeof depth === 'number' && depth > 0 ? depth : 0;
}

const hasDepth = () => typeof depthOf(window.history.state) === 'number';

/** Goes to `to`: a new entry in the browser's history, or in place of this one with `replace`. */
export type Navigate = (to: Route, options?: { replace?: boolean }) => void;

/**
 * @example
 * const [route, navigate] = useRoute();
 * navigate({ name: 'pattern', id: 'protest-polka' });
 */
export function useRoute(): [Route, Navigate] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  /** The depth of the entry on screen, so a link followed from it lands one deeper. */
  const depth = useRef(0);
  useEffect(() => {
    // Every entry of the app's own carries its depth, the first one 0: an entry without one is a
    // plain link just followed (`<a href="#/glossary/seed">`), one deeper than the page it was on.
    depth.current = historyDepth();
    if (!hasDepth()) window.history.replaceState({ cyclemapDepth: depth.current }, '');
    const follow = () => {
      if (!hasDepth()) window.history.replaceState({ cyclemapDepth: depth.current + 1 }, '');
      depth.current = historyDepth();
      setRoute(parseRoute(window.location.hash));
    };
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
    depth.current = historyDepth();
    setRoute(parseRoute(href));
  }, []);
  return [route, navigate];
}
