/**
 * Presentation mode's effects on the page: marks the root (the CSS hides everything but the dance
 * and Quick exit, and enlarges the type) and asks for fullscreen where the browser allows it; the
 * full-window layout stands in where it does not. Leaving fullscreen by the browser's own Escape
 * leaves presentation mode too.
 */
import { useEffect, useRef } from 'react';

export function usePresentation(presenting: boolean, onLeave: () => void): void {
  const leave = useRef(onLeave);
  useEffect(() => {
    leave.current = onLeave;
  }, [onLeave]);

  useEffect(() => {
    if (!presenting) return undefined;
    const root = document.documentElement;
    root.dataset['presenting'] = 'true';
    let fullscreen = false;
    if (document.fullscreenEnabled && document.fullscreenElement === null) {
      root.requestFullscreen().then(
        () => {
          fullscreen = true;
        },
        () => {
          // Refused (no user gesture, or a frame that forbids it): the full-window layout stays.
        },
      );
    }
    const onChange = () => {
      if (fullscreen && document.fullscreenElement === null) leave.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      delete root.dataset['presenting'];
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement !== null && document.fullscreenElement !== undefined)
        document.exitFullscreen().catch(() => undefined);
    };
  }, [presenting]);
}
