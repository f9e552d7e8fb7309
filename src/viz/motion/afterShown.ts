/**
 * Runs `run` once an element marked `elementtiming={identifier}` is on screen: when the browser
 * reports its first paint (the Element Timing API, which gives the time the frame was presented,
 * not only drawn), or, where there is no such report, once the next frame has been painted.
 * Either way no later than `atMost` milliseconds, so work never waits on a paint that does not
 * come (a hidden tab, an element not rendered).
 *
 * A page's largest element is what a person waits for: work that can come after it (loading the
 * map behind a title) starts once it is shown, not while the browser is still drawing it.
 *
 * @example
 * <h1 elementtiming="map-title">{title}</h1>
 * const cancel = afterShown('map-title', () => void load(id));
 */
import { afterPaint } from './afterPaint';

interface ElementEntry {
  readonly identifier: string;
  readonly element: Element | null;
}

export function afterShown(identifier: string, run: () => void, atMost = 300): () => void {
  let done = false;
  const cancels: (() => void)[] = [];
  const once = () => {
    if (done) return;
    done = true;
    for (const cancel of cancels) cancel();
    run();
  };
  const timer = setTimeout(once, atMost);
  cancels.push(() => clearTimeout(timer));
  if (!reportsElementTiming()) {
    cancels.push(afterPaint(once));
  } else {
    // Buffered: the element may have been painted before this was asked (it was already on the
    // page). An entry for an element no longer in the page is an earlier page's.
    const observer = new PerformanceObserver((list) => {
      const entries = list.getEntries() as unknown as readonly ElementEntry[];
      if (entries.some((entry) => entry.identifier === identifier && entry.element?.isConnected))
        once();
    });
    observer.observe({ type: 'element', buffered: true });
    cancels.push(() => observer.disconnect());
  }
  return () => {
    done = true;
    for (const cancel of cancels) cancel();
  };
}

function reportsElementTiming(): boolean {
  return (
    typeof PerformanceObserver === 'function' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('element')
  );
}
