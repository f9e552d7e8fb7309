/** Calls `onDoubleEscape` when Escape is pressed twice in quick succession anywhere on the page. */
import { useEffect, useRef } from 'react';

/** Two presses within this window count as one deliberate gesture; slower presses stay ordinary Escapes. */
export const DOUBLE_ESCAPE_MS = 1000;

export function useDoubleEscape(onDoubleEscape: () => void): void {
  const latest = useRef(onDoubleEscape);
  useEffect(() => {
    latest.current = onDoubleEscape;
  }, [onDoubleEscape]);

  useEffect(() => {
    let lastPress = Number.NEGATIVE_INFINITY;
    const onKeyDown = (event: KeyboardEvent): void => {
      // A held key repeats; only separate presses make the gesture.
      if (event.key !== 'Escape' || event.repeat) return;
      // While presenting, Escape stops presenting; it never counts towards Quick exit.
      if (document.documentElement.dataset['presenting'] === 'true') {
        lastPress = Number.NEGATIVE_INFINITY;
        return;
      }
      const now = Date.now();
      if (now - lastPress <= DOUBLE_ESCAPE_MS) {
        lastPress = Number.NEGATIVE_INFINITY;
        latest.current();
      } else {
        lastPress = now;
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
