/**
 * Sizes the dance's stage to the screen: from where the stage starts on the page to the bottom of
 * the window, so the loop, the controls, the narration and both hearts fit without scrolling. The
 * height goes to the `--stage-height` custom property (the returned style, given in the render, so
 * a stage put on the page later has it from its first frame); the CSS decides where it applies (wide
 * screens), so narrow screens keep their natural, scrolling layout. Where it does not apply it is
 * not measured either: on a phone, measuring would only cost the page's first render two layouts
 * and a render of the whole dance.
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';

/** Never squeeze the stage below this: a short window scrolls instead of shrinking the loop to nothing. */
const MIN_STAGE_PX = 420;
const BOTTOM_MARGIN_PX = 12;

/**
 * The stage's element ref, its height in CSS pixels (null until measured, or when not `used`) and
 * the style that gives the stage that height.
 */
export function useStageHeight<T extends HTMLElement>(remeasure: unknown, used: boolean) {
  const ref = useRef<T>(null);
  const [measured, setHeight] = useState<number | null>(null);
  useEffect(() => {
    const stage = ref.current;
    if (stage === null || !used) return undefined;
    const measure = () => {
      // The stage's place on the page, not in the window: scrolling does not change its size.
      const top = stage.getBoundingClientRect().top + window.scrollY;
      const room = Math.max(MIN_STAGE_PX, window.innerHeight - top - BOTTOM_MARGIN_PX);
      setHeight(Math.floor(room));
    };
    measure();
    // Fullscreen and the layout settling change the room after this first measure.
    const frame = requestAnimationFrame(measure);
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', measure);
    };
  }, [remeasure, used]);
  const height = used ? measured : null;
  const style =
    height === null ? undefined : ({ '--stage-height': `${height}px` } as CSSProperties);
  return [ref, height, style] as const;
}
