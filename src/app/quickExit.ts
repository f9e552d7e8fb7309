/** The quick exit's one navigation, kept apart so tests and stories can pass a stub instead. */
import { historyDepth } from './routing/useRoute';

/**
 * Replaces this page with a blank one. `replace` (not `assign`) drops the entry from the tab's
 * history, and `about:blank` needs no network. The app's own earlier entries (its addresses) are
 * stepped back over first, so Back does not bring the app into view again.
 */
export function leaveNow(): void {
  document.documentElement.hidden = true;
  const depth = historyDepth();
  if (depth === 0) {
    window.location.replace('about:blank');
    return;
  }
  window.addEventListener('popstate', () => window.location.replace('about:blank'), { once: true });
  window.history.go(-depth);
  // Should the browser not step back (a history it will not walk), leave from here all the same.
  window.setTimeout(() => window.location.replace('about:blank'), 300);
}
