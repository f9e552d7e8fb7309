// The dance's first drawing is made for the widths the opening page measured, after the browser
// laid that page out: drawn right the first time, with nothing measured while it is put on screen
// (measuring then makes the browser lay the whole page out in the middle of that work).
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DanceView } from '../../src/app/dance/DanceView';
import { MapStudio } from '../../src/app/studio/MapStudio';
import { polka } from '../../stories/sampleDances';

/** The widths this fake browser lays the loop's frame and the chart's box out at. */
const LOOP_PX = 512;
const CHART_PX = 644;

/** A ResizeObserver that reports only when the test says the browser has laid the page out. */
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(private readonly report: ResizeObserverCallback) {
    FakeResizeObserver.all.push(this);
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
  /** The browser's layout is done: every observer with something to report reports it. */
  static laidOut() {
    for (const observer of FakeResizeObserver.all)
      if (observer.observed.size > 0) observer.report([], observer);
  }
}

/** Each element whose box was read, in order. */
let measured: Element[] = [];

beforeEach(() => {
  FakeResizeObserver.all = [];
  measured = [];
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    measured.push(this);
    const width = this.classList.contains('dance-loop-frame')
      ? LOOP_PX
      : this.classList.contains('score-chart-box')
        ? CHART_PX
        : 0;
    return DOMRect.fromRect({ width, height: 0 });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function openDance() {
  render(
    <MapStudio map={polka} seed={7}>
      <DanceView />
    </MapStudio>,
  );
}

describe('opening the dance', () => {
  it('says so until the page is laid out, then draws the loop and the chart at the widths measured', async () => {
    openDance();
    expect(screen.getByRole('status')).toHaveTextContent('Opening the dance…');
    expect(document.querySelector('.dance-loop-svg')).toBeNull();

    act(() => FakeResizeObserver.laidOut());
    const loop = await screen.findByRole('figure', { name: /The loop/ });
    const drawing = loop.querySelector('svg.dance-loop-svg')!;
    expect(drawing.getAttribute('viewBox')).toMatch(new RegExp(`^0 0 ${LOOP_PX} `));
    const chart = await screen.findByRole('img', { name: /^Scores at turn 0/ });
    expect(chart).toHaveAttribute('width', String(CHART_PX));
    // Only the opening page's boxes were read: nothing of the dance itself as it went on screen.
    expect(measured.every((element) => element.closest('.layout-probe') !== null)).toBe(true);
  });

  it('does not wait long for widths that never come (a page never laid out)', async () => {
    openDance();
    expect(screen.getByRole('status')).toHaveTextContent('Opening the dance…');
    // Without a report, the dance opens after half a second and measures itself.
    expect(
      await screen.findByRole('figure', { name: /The loop/ }, { timeout: 2000 }),
    ).toBeVisible();
  });
});
