/** The width of an element as it lays out, followed through a ResizeObserver; null until measured. */
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  enabled: boolean,
): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!enabled || element === null) return;
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().width);
      // jsdom lays nothing out: a zero width means "unknown", not "no room".
      setWidth((old) => (next > 0 && next !== old ? next : old));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return width;
}
