/** Saves what is waiting the moment the page is hidden or left, so closing the tab loses nothing. */
import { useEffect } from 'react';
import type { Studio } from '../studio';

export function useFlushOnHide(studio: Studio): void {
  useEffect(() => {
    const flush = () => studio.send({ type: 'library.flush' });
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [studio]);
}
