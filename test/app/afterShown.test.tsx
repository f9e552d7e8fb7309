import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterShown } from '../../src/viz/motion/afterShown';

interface FakeEntry {
  readonly identifier: string;
  readonly element: Element | null;
}

/** A browser that reports elements' paints (Element Timing), as the test tells it to. */
class FakeObserver {
  static readonly supportedEntryTypes = ['element', 'paint'];
  static readonly all: FakeObserver[] = [];
  observed = false;
  constructor(private readonly callback: (list: { getEntries(): FakeEntry[] }) => void) {
    FakeObserver.all.push(this);
  }
  observe() {
    this.observed = true;
  }
  disconnect() {
    this.observed = false;
  }
  /** The browser reports these paints. */
  static report(...entries: FakeEntry[]) {
    for (const observer of FakeObserver.all)
      if (observer.observed) observer.callback({ getEntries: () => entries });
  }
}

const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 5)));

describe('afterShown, where the browser reports elements’ paints', () => {
  let title: HTMLElement;
  beforeEach(() => {
    FakeObserver.all.length = 0;
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    title = document.createElement('h1');
    document.body.append(title);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    title.remove();
  });

  it('waits for the named element’s paint, not for a frame', async () => {
    const run = vi.fn();
    afterShown('map-title', run);
    await frame();
    expect(run).not.toHaveBeenCalled();
    FakeObserver.report({ identifier: 'map-title', element: title });
    expect(run).toHaveBeenCalledTimes(1);
    FakeObserver.report({ identifier: 'map-title', element: title });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('ignores other elements, and an earlier page’s element no longer on the page', () => {
    const run = vi.fn();
    afterShown('map-title', run);
    const gone = document.createElement('h1');
    FakeObserver.report({ identifier: 'map-title', element: gone });
    FakeObserver.report({ identifier: 'other', element: title });
    expect(run).not.toHaveBeenCalled();
  });

  it('runs anyway after at most the time given, once only', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    afterShown('map-title', run, 300);
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    FakeObserver.report({ identifier: 'map-title', element: title });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const cancel = afterShown('map-title', run, 300);
    cancel();
    FakeObserver.report({ identifier: 'map-title', element: title });
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('afterShown, where the browser does not report elements’ paints', () => {
  it('runs once a frame has been painted', async () => {
    const run = vi.fn();
    afterShown('map-title', run);
    expect(run).not.toHaveBeenCalled();
    await frame();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', async () => {
    const run = vi.fn();
    afterShown('map-title', run)();
    await frame();
    await frame();
    expect(run).not.toHaveBeenCalled();
  });
});
