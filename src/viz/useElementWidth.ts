/** The width of an element in CSS pixels, kept up to date as it resizes (a fallback until measured). */
import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * `known` is the width already measured elsewhere for the element's first frame (a page laid out
 * before it, see the dance's DanceOpening), or null to measure the element as it is put on screen.
 * Measuring then forces the browser to lay the whole page out in the middle of React's commit, and
 * draws the element twice; a known width does neither, and the first report of the element's own
 * size, after the browser's layout, only redraws it if the two differ (before that frame is shown).
 *
 * @example
 * const [ref, width] = useElementWidth<HTMLDivElement>(720);
 * return <div ref={ref}>{width}</div>;
 */
export function useElementWidth<T extends Element>(
  fallback: number,
  known: number | null = null,
): readonly [(element: T | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(known ?? fallback);
  // Only the first frame's width comes from outside; after that the element's own size rules.
  const [measureOnMount] = useState(known === null);
  const ref = useCallback(
    (element: T | null) => {
      if (element === null) return undefined;
      // jsdom lays nothing out: a zero width means "unknown", not "no room".
      const measure = () => Math.round(element.getBoundingClientRect().width);
      if (measureOnMount) {
        const next = measure();
        if (next > 0) setWidth(next);
      }
      if (typeof ResizeObserver === 'undefined') return undefined;
      let first = true;
      const observer = new ResizeObserver(() => {
        const next = measure();
        if (next <= 0) return;
        // The first report comes before the first frame is painted: a wrong width is put right
        // in that same frame. Later ones follow a resize and redraw at React's usual pace.
        if (first) flushSync(() => setWidth(next));
        else setWidth(next);
        first = false;
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [measureOnMount],
  );
  return [ref, width] as const;
}
