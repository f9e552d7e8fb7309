/**
 * The dance page for a moment before its first drawing: the page's frame, holding a screen's
 * height, with "Opening the dance…" where the loop will be. Hidden in it, where the loop's drawing
 * and the chart will stand, are two empty boxes of the same classes: their widths, read once the
 * browser has laid this page out (no layout forced), are the widths the dance's first drawing is
 * made for. So that drawing is right the first time, with no measuring — and no layout of the whole
 * page — in the middle of React putting it on screen.
 */
import { useEffect, useRef, type Ref } from 'react';

/**
 * The widths, in CSS pixels, the loop's drawing and the chart will have on this page; null where
 * they could not be measured (nothing laid out, as in jsdom): the dance then measures itself.
 */
export interface DanceWidths {
  readonly loop: number | null;
  readonly chart: number | null;
}

/** The widths are only a saving: never keep the dance waiting for them longer than this. */
const WAIT_AT_MOST_MS = 500;
const UNKNOWN: DanceWidths = Object.freeze({ loop: null, chart: null });

interface DanceOpeningProps {
  /** Called once the widths are known (or cannot be), and again if they change meanwhile. */
  readonly onWidths: (widths: DanceWidths) => void;
  /** The stage's place on the page, for its height (`useStageHeight`) before the dance arrives. */
  readonly stageRef?: Ref<HTMLDivElement>;
}

export function DanceOpening({ onWidths, stageRef }: DanceOpeningProps) {
  const loop = useRef<HTMLDivElement>(null);
  const chart = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const loopBox = loop.current;
    const chartBox = chart.current;
    if (loopBox === null || chartBox === null || typeof ResizeObserver === 'undefined') {
      onWidths(UNKNOWN);
      return undefined;
    }
    const widthOf = (box: Element) => Math.round(box.getBoundingClientRect().width);
    // A ResizeObserver reports after the browser's own layout, so reading the boxes then is free.
    // It does not report a box that is not shown (a page in a hidden tab): the wait ends anyway.
    const timer = window.setTimeout(() => onWidths(UNKNOWN), WAIT_AT_MOST_MS);
    const observer = new ResizeObserver(() => {
      const widths = { loop: widthOf(loopBox), chart: widthOf(chartBox) };
      // No width is no news: boxes taken off the page (the dance has arrived) report nothing.
      if (widths.loop === 0 || widths.chart === 0) return;
      window.clearTimeout(timer);
      onWidths(widths);
    });
    observer.observe(loopBox);
    observer.observe(chartBox);
    return () => {
      window.clearTimeout(timer);
      observer.disconnect();
    };
  }, [onWidths]);

  return (
    // Not yet the Dance region: that is named when the dance is there to be found in it.
    <section className="dance-view page-loading" aria-busy="true">
      <div className="dance-stage" ref={stageRef}>
        <div className="dance-stage-loop">
          <p className="dance-opening" role="status">
            Opening the dance…
          </p>
          <div className="dance-loop layout-probe" aria-hidden="true">
            <div className="dance-loop-frame" ref={loop} />
          </div>
        </div>
      </div>
      <div className="score-chart layout-probe" aria-hidden="true">
        <div className="score-chart-box" ref={chart} />
      </div>
    </section>
  );
}
