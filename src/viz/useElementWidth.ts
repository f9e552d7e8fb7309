/** The width of an element in CSS pixels, kept up to date as it resizes (a fallback until measured). */
import { useCallback, useState } from 'react';

/**
 * @example
 * const [ref, width] = useElementWidth<HTMLDivElement>(720);
 * return <div ref={ref}>{width}</div>;
 */
export function useElementWidth<T extends Element>(
  fallback: number,
): readonly [(element: T | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: T | null) => {
    if (element === null) return undefined;
    // Measured in the commit, before paint, so the first frame already has the right layout.
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().width);
      // jsdom lays nothing out: a zero width means "unknown", not "no room".
      if (next > 0) setWidth(next);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
