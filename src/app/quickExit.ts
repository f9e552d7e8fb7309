/** The quick exit's one navigation, kept apart so tests and stories can pass a stub instead. */

/**
 * Replaces this page with a blank one. `replace` (not `assign`) drops Cyclemap from the tab's
 * history, so Back does not bring the map into view again, and `about:blank` needs no network.
 */
export function leaveNow(): void {
  window.location.replace('about:blank');
}
